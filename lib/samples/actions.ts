"use server";

import { listActions } from "@/lib/list-actions";
import { authedAction } from "@/lib/safe-action";
import { deleteSample, duplicateSample, reorderSamples, saveSample, setSampleHidden } from "./mutations";
import { upsertSampleSchema } from "./schema";

export const saveSampleAction = authedAction(upsertSampleSchema, async (input, { user }) => saveSample(user.id, input));

const list = listActions({ remove: deleteSample, duplicate: duplicateSample, reorder: reorderSamples, setHidden: setSampleHidden });

export const deleteSampleAction = list.remove;
export const duplicateSampleAction = list.duplicate;
export const reorderSamplesAction = list.reorder;
export const setSampleHiddenAction = list.setHidden;

"use server";

import { listActions } from "@/lib/list-actions";
import { authedAction } from "@/lib/safe-action";
import { deleteCaseStudy, duplicateCaseStudy, reorderCaseStudies, saveCaseStudy, setCaseStudyHidden } from "./mutations";
import { upsertCaseStudySchema } from "./schema";

export const saveCaseStudyAction = authedAction(upsertCaseStudySchema, async (input, { user }) => saveCaseStudy(user.id, input));

const list = listActions({ remove: deleteCaseStudy, duplicate: duplicateCaseStudy, reorder: reorderCaseStudies, setHidden: setCaseStudyHidden });

export const deleteCaseStudyAction = list.remove;
export const duplicateCaseStudyAction = list.duplicate;
export const reorderCaseStudiesAction = list.reorder;
export const setCaseStudyHiddenAction = list.setHidden;

"use server";

import { getTranslations } from "next-intl/server";
import { authedAction } from "@/lib/safe-action";
import { setHiddenSchema } from "@/lib/documents/schema";
import { deleteSample, duplicateSample, reorderSamples, saveSample, setSampleHidden } from "./mutations";
import { itemIdSchema, reorderSchema, upsertSampleSchema } from "./schema";

export const saveSampleAction = authedAction(upsertSampleSchema, async (input, { user }) => saveSample(user.id, input));

export const deleteSampleAction = authedAction(itemIdSchema, async ({ id }, { user }) => {
  await deleteSample(user.id, id);
  return { id };
});

export const duplicateSampleAction = authedAction(itemIdSchema, async ({ id }, { user }) => {
  const t = await getTranslations("editor.common");
  return duplicateSample(user.id, id, t("copySuffix"));
});

export const reorderSamplesAction = authedAction(reorderSchema, async ({ ids }, { user }) => {
  await reorderSamples(user.id, ids);
  return { ids };
});

export const setSampleHiddenAction = authedAction(setHiddenSchema, async (input, { user }) => {
  await setSampleHidden(user.id, input);
  return input;
});

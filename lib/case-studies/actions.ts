"use server";

import { getTranslations } from "next-intl/server";
import { authedAction } from "@/lib/safe-action";
import { deleteCaseStudy, duplicateCaseStudy, reorderCaseStudies, saveCaseStudy, setCaseStudyHidden } from "./mutations";
import { itemIdSchema, reorderSchema, setHiddenSchema } from "@/lib/validation";
import { upsertCaseStudySchema } from "./schema";

export const saveCaseStudyAction = authedAction(upsertCaseStudySchema, async (input, { user }) => saveCaseStudy(user.id, input));

export const deleteCaseStudyAction = authedAction(itemIdSchema, async ({ id }, { user }) => {
  await deleteCaseStudy(user.id, id);
  return { id };
});

export const duplicateCaseStudyAction = authedAction(itemIdSchema, async ({ id }, { user }) => {
  const t = await getTranslations("editor.common");
  return duplicateCaseStudy(user.id, id, t("copySuffix"));
});

export const reorderCaseStudiesAction = authedAction(reorderSchema, async ({ ids }, { user }) => {
  await reorderCaseStudies(user.id, ids);
  return { ids };
});

export const setCaseStudyHiddenAction = authedAction(setHiddenSchema, async (input, { user }) => {
  await setCaseStudyHidden(user.id, input);
  return input;
});

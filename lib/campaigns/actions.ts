"use server";

import { getTranslations } from "next-intl/server";
import { authedAction } from "@/lib/safe-action";
import { setHiddenSchema } from "@/lib/documents/schema";
import { deleteCampaign, duplicateCampaign, reorderCampaigns, saveCampaign, setCampaignHidden } from "./mutations";
import { itemIdSchema, reorderSchema, upsertCampaignSchema } from "./schema";

export const saveCampaignAction = authedAction(upsertCampaignSchema, async (input, { user }) => saveCampaign(user.id, input));

export const deleteCampaignAction = authedAction(itemIdSchema, async ({ id }, { user }) => {
  await deleteCampaign(user.id, id);
  return { id };
});

export const duplicateCampaignAction = authedAction(itemIdSchema, async ({ id }, { user }) => {
  const t = await getTranslations("editor.common");
  return duplicateCampaign(user.id, id, t("copySuffix"));
});

export const reorderCampaignsAction = authedAction(reorderSchema, async ({ ids }, { user }) => {
  await reorderCampaigns(user.id, ids);
  return { ids };
});

export const setCampaignHiddenAction = authedAction(setHiddenSchema, async (input, { user }) => {
  await setCampaignHidden(user.id, input);
  return input;
});

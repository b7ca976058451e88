"use server";

import { listActions } from "@/lib/list-actions";
import { authedAction } from "@/lib/safe-action";
import { deleteCampaign, duplicateCampaign, reorderCampaigns, saveCampaign, setCampaignHidden } from "./mutations";
import { upsertCampaignSchema } from "./schema";

export const saveCampaignAction = authedAction(upsertCampaignSchema, async (input, { user }) => saveCampaign(user.id, input));

const list = listActions({ remove: deleteCampaign, duplicate: duplicateCampaign, reorder: reorderCampaigns, setHidden: setCampaignHidden });

export const deleteCampaignAction = list.remove;
export const duplicateCampaignAction = list.duplicate;
export const reorderCampaignsAction = list.reorder;
export const setCampaignHiddenAction = list.setHidden;

"use server";

import { authedAction } from "@/lib/safe-action";
import { saveCampaign } from "./mutations";
import { upsertCampaignSchema } from "./schema";

export const saveCampaignAction = authedAction(upsertCampaignSchema, async (input, { user }) => saveCampaign(user.id, input));

import "server-only";
import { orNotFoundPage } from "@/lib/loaders";
import { getCampaign } from "./data";

/** The campaign editor's data: the owner's campaign, else the 404 page. */
export async function loadCampaignEditor(userId: string, id: string) {
  return { campaign: await orNotFoundPage(getCampaign(userId, id)) };
}

import "server-only";
import { listCampaignOptions } from "@/lib/campaigns/data";
import { orNotFoundPage } from "@/lib/loaders";
import { getSample } from "./data";

/** The sample editor's data: the owner's sample (else the 404 page) and the campaigns it may link to. */
export async function loadSampleEditor(userId: string, id: string) {
  const [sample, campaigns] = await Promise.all([orNotFoundPage(getSample(userId, id)), listCampaignOptions(userId)]);
  return { sample, campaigns };
}

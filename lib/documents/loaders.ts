import "server-only";
import { listCampaignOptions } from "@/lib/campaigns/data";
import { orNotFoundPage } from "@/lib/loaders";
import { getDocument } from "./data";

/** The document editor's data: the owner's document (else the 404 page) and the campaigns it may link to. */
export async function loadDocumentEditor(userId: string, id: string) {
  const [document, campaigns] = await Promise.all([orNotFoundPage(getDocument(userId, id)), listCampaignOptions(userId)]);
  return { document, campaigns };
}

import "server-only";
import { ownConfidentialNames } from "@/lib/confidential/data";
import { orNotFoundPage } from "@/lib/loaders";
import { getCaseStudy, listLinkOptions } from "./data";

/**
 * The case study editor's data: the owner's case study (else the 404 page),
 * the items it may link to and the confidential names its slug must not reveal.
 */
export async function loadCaseStudyEditor(userId: string, id: string) {
  const [caseStudy, options, confidentialNames] = await Promise.all([
    orNotFoundPage(getCaseStudy(userId, id)),
    listLinkOptions(userId),
    ownConfidentialNames(userId, { exceptCaseStudyId: id }),
  ]);
  return { caseStudy, options, confidentialNames };
}

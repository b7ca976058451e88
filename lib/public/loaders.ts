import "server-only";
import { notFound } from "next/navigation";
import { getPreviewPortfolio } from "./data";

// The owner's preview of their own page, in any visibility: nothing to show is the 404 page.

export async function loadPreview(userId: string) {
  const portfolio = await getPreviewPortfolio(userId);
  if (!portfolio) notFound();
  return portfolio;
}

/** The preview of one of the owner's case studies, by slug. */
export async function loadPreviewCaseStudy(userId: string, slug: string) {
  const portfolio = await loadPreview(userId);
  const study = portfolio.caseStudies.find((item) => item.slug === decodeURIComponent(slug));
  if (!study) notFound();
  return { portfolio, study };
}

/** The preview of one of the owner's documents. */
export async function loadPreviewDocument(userId: string, id: string) {
  const portfolio = await loadPreview(userId);
  const document = portfolio.documents.find((item) => item.id === id);
  if (!document) notFound();
  return { portfolio, document };
}

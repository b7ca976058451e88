import "server-only";
import type { MetadataRoute } from "next";
import { db } from "@/lib/db/client";
import { caseStudyPath, portfolioPath } from "./metadata";
import { absoluteUrl } from "./site";

// What search engines may list: PUBLIC portfolios only (draft and unlisted ones
// are 404 at /<handle> and never appear here), with their visible case studies
// and strategy documents while those sections are shown. One query.

export async function sitemapEntries(): Promise<MetadataRoute.Sitemap> {
  const portfolios = await db().portfolio.findMany({
    where: { visibility: "PUBLIC" },
    orderBy: { publishedAt: "asc" },
    select: {
      updatedAt: true,
      hiddenSections: true,
      user: { select: { handle: true } },
      caseStudies: { where: { hidden: false }, orderBy: { position: "asc" }, select: { slug: true, updatedAt: true } },
      documents: { where: { hidden: false }, orderBy: { position: "asc" }, select: { id: true, updatedAt: true } },
    },
  });
  return portfolios.flatMap((portfolio) => {
    const handle = portfolio.user.handle;
    const hidden = new Set(portfolio.hiddenSections ?? []);
    return [
      { url: absoluteUrl(portfolioPath(handle)), lastModified: portfolio.updatedAt, changeFrequency: "weekly" as const, priority: 1 },
      ...(hidden.has("caseStudies")
        ? []
        : portfolio.caseStudies.map((study) => ({ url: absoluteUrl(caseStudyPath(handle, study.slug)), lastModified: study.updatedAt, priority: 0.8 }))),
      ...(hidden.has("documents")
        ? []
        : portfolio.documents.map((doc) => ({ url: absoluteUrl(`${portfolioPath(handle)}/documents/${doc.id}`), lastModified: doc.updatedAt, priority: 0.5 }))),
    ];
  });
}

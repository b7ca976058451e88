import "server-only";
import type { MetadataRoute } from "next";
import { publicSlugs } from "@/lib/case-studies/slug";
import { nameMatcher } from "@/lib/confidential/names";
import { db } from "@/lib/db/client";
import { confidentialNames } from "@/lib/public/map";
import { caseStudyPath, portfolioPath } from "./metadata";
import { absoluteUrl } from "@/lib/site";

// What search engines may list: PUBLIC portfolios only (draft and unlisted ones
// are 404 at /<handle> and never appear here), with their visible case studies
// and strategy documents while those sections are shown. One query. Case-study
// URLs use the same safe slugs as the public page (publicSlugs with the same
// confidential names as lib/public/map.ts), so a slug naming a confidential
// client is never listed.

const shown = { where: { hidden: false }, orderBy: [{ position: "asc" as const }, { createdAt: "asc" as const }] };
const client = { client: true, confidential: true, anonymizedLabel: true } as const;

export async function sitemapEntries(): Promise<MetadataRoute.Sitemap> {
  const portfolios = await db().portfolio.findMany({
    where: { visibility: "PUBLIC" },
    orderBy: { publishedAt: "asc" },
    select: {
      updatedAt: true,
      hiddenSections: true,
      user: { select: { handle: true } },
      campaigns: { ...shown, select: client },
      samples: { ...shown, select: client },
      caseStudies: { ...shown, select: { slug: true, title: true, updatedAt: true, ...client } },
      documents: { ...shown, select: { id: true, updatedAt: true, ...client } },
    },
  });
  return portfolios.flatMap((portfolio) => {
    const handle = portfolio.user.handle;
    const hidden = new Set(portfolio.hiddenSections ?? []);
    const slugs = publicSlugs(portfolio.caseStudies, nameMatcher(confidentialNames(portfolio, false)));
    return [
      { url: absoluteUrl(portfolioPath(handle)), lastModified: portfolio.updatedAt, changeFrequency: "weekly" as const, priority: 1 },
      ...(hidden.has("caseStudies")
        ? []
        : portfolio.caseStudies.map((study, index) => ({
            url: absoluteUrl(caseStudyPath(handle, slugs[index]!)),
            lastModified: study.updatedAt,
            priority: 0.8,
          }))),
      ...(hidden.has("documents")
        ? []
        : portfolio.documents.map((doc) => ({ url: absoluteUrl(`${portfolioPath(handle)}/documents/${doc.id}`), lastModified: doc.updatedAt, priority: 0.5 }))),
    ];
  });
}

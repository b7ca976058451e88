import { ogImageNotFound, ogImageResponse } from "@/components/seo/og-image";
import { getPublicCaseStudy } from "@/lib/public/data";
import { caseStudyCard } from "@/lib/seo/card";
import { siteHost } from "@/lib/site";

/** A case study's preview image; 404 unless its portfolio is public and the case study visible. */
export async function GET(request: Request, { params }: { params: Promise<{ handle: string; slug: string }> }) {
  const { handle, slug } = await params;
  const found = await getPublicCaseStudy(handle, slug);
  if (!found) return ogImageNotFound();
  return ogImageResponse(request, caseStudyCard(found.portfolio, found.study, siteHost()));
}

import { pdfDownload, pdfNotFound } from "@/lib/pdf/http";
import { getPublicPortfolio } from "@/lib/public/data";

export const dynamic = "force-dynamic";

/** The public page as a print-ready PDF: only for PUBLIC portfolios, by the same rule (and cached view) as /<handle>. */
export async function GET(request: Request, { params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  const portfolio = await getPublicPortfolio(handle);
  if (!portfolio) return pdfNotFound();
  return pdfDownload(request, { portfolio, printPath: `/${portfolio.handle}`, audience: "public" });
}

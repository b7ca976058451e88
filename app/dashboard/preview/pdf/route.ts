import { cookies } from "next/headers";
import { requireUser } from "@/lib/auth/session";
import { pdfDownload, pdfNotFound } from "@/lib/pdf/http";
import { sessionCookieHeader } from "@/lib/pdf/keys";
import { getPreviewPortfolio } from "@/lib/public/data";

export const dynamic = "force-dynamic";

/**
 * The owner's own portfolio as a PDF, whatever its visibility. The print
 * target (/preview/print) is an owner-only page like /dashboard/preview: the
 * server's Chromium opens it with the owner's own session cookie (sent only to
 * the loopback origin), so no new credential exists that could open someone
 * else's draft, and the owner's private images load under the usual media rule.
 */
export async function GET(request: Request) {
  const user = await requireUser("/dashboard/preview");
  const portfolio = await getPreviewPortfolio(user.id);
  if (!portfolio) return pdfNotFound();
  const cookie = sessionCookieHeader((await cookies()).getAll());
  return pdfDownload(request, { portfolio, printPath: "/preview/print", audience: "private", cookie });
}

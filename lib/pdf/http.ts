import "server-only";
import { getTranslations } from "next-intl/server";
import type { PublicPortfolio } from "@/lib/public/types";
import { ChromiumMissingError } from "./browser";
import { portfolioPdf } from "./generate";
import { pdfCacheKey, pdfFilename } from "./keys";
import { internalOrigin, printedLinkOrigin } from "./origin";
import { QueueFullError } from "./queue";
import { todayIso } from "@/lib/dates";

type PdfDownloadInput = {
  /** The view the printed page renders from, already checked for this requester. */
  portfolio: PublicPortfolio;
  /** The app page to print, e.g. "/demo" or "/s/<token>". */
  printPath: string;
  /** "public": anyone may cache it (revalidated by ETag); "private": the owner's or a share link's, never stored. */
  audience: "public" | "private";
  /** Cookie header for the print (the owner's session on their own print page). */
  cookie?: string;
};

/** A 404 that says nothing about whether the portfolio exists. */
export async function pdfNotFound(): Promise<Response> {
  const t = await getTranslations("publicPage.notFound");
  return new Response(t("title"), { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

async function unavailable(error: unknown): Promise<Response> {
  const t = await getTranslations("publicPage.pdf");
  const headers = { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "retry-after": "10" };
  if (error instanceof ChromiumMissingError) return new Response(t("unavailable"), { status: 503, headers });
  if (error instanceof QueueFullError) return new Response(t("busy"), { status: 503, headers });
  console.error("[pdf] printing failed:", error);
  return new Response(t("failed"), { status: 503, headers });
}

/**
 * Answers a "Download PDF" request: the cached PDF of this view, or a fresh
 * print of `printPath` on the app's own loopback origin. The caller has
 * already decided that the requester may see `portfolio`.
 */
export async function pdfDownload(request: Request, { portfolio, printPath, audience, cookie }: PdfDownloadInput): Promise<Response> {
  const key = pdfCacheKey({ portfolio, path: printPath, today: todayIso() });
  const headers = new Headers({
    "cache-control": audience === "public" ? "public, max-age=0, must-revalidate" : "private, no-store",
    "x-robots-tag": "noindex, nofollow",
    "x-content-type-options": "nosniff",
  });
  if (audience === "public") {
    headers.set("etag", `"${key}"`);
    if (request.headers.get("if-none-match") === headers.get("etag")) return new Response(null, { status: 304, headers });
  }

  // The address a reader of the paper types in: the public page (the owner's draft prints where it will be published).
  const linkOrigin = printedLinkOrigin();
  const publicUrl = new URL(printPath === "/preview/print" ? `/${portfolio.handle}` : printPath, linkOrigin);
  const t = await getTranslations("publicPage.reading");
  const footer = t("pdfFooter", { name: portfolio.displayName, url: `${publicUrl.host}${publicUrl.pathname}` });

  let bytes: Uint8Array;
  try {
    bytes = await portfolioPdf(key, { url: `${internalOrigin()}${printPath}`, cookie, linkOrigin, footer });
  } catch (error) {
    return unavailable(error);
  }
  headers.set("content-type", "application/pdf");
  headers.set("content-length", String(bytes.byteLength));
  headers.set("content-disposition", `attachment; filename="${pdfFilename(portfolio.handle)}"`);
  return new Response(bytes as Uint8Array<ArrayBuffer>, { status: 200, headers });
}

import "server-only";
import type { Metadata } from "next";
import { htmlResponse, notFoundPage, renderReadingPage } from "@/components/public/static-html";
import type { PublicPortfolio } from "@/lib/public/types";

/**
 * A contact page under /<handle> (the form after a failed submit, or "sent"): it reads the flash cookie or follows a
 * POST, so it is rendered on every request in the page's language and never stored; no portfolio (an unknown or
 * unpublished handle) is the reading pages' 404.
 */
export async function contactReadingPage(
  portfolio: PublicPortfolio | null,
  render: (portfolio: PublicPortfolio) => Promise<{ metadata: Metadata; body: React.ReactNode }>,
): Promise<Response> {
  const headers = { "Cache-Control": "private, no-store" };
  if (!portfolio) return htmlResponse((await notFoundPage()).html, { status: 404, headers });
  const { metadata, body } = await render(portfolio);
  return htmlResponse(await renderReadingPage(metadata, body, portfolio.pageLocale), { headers });
}

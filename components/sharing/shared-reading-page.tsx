import "server-only";
import { getSharedPortfolio, type SharedView } from "@/lib/sharing/read-model";
import { withPageLocale } from "@/lib/i18n/page-locale";
import { htmlResponse, notFoundPage, redirectResponse, type RenderedPage } from "@/components/public/static-html";

/**
 * A reading page under /s/<token>: the link's state is checked on every request
 * (a revoked link stops at once), so it is rendered every time and never stored
 * by a browser or proxy. A revoked or expired link goes to /gone (410).
 */
export async function sharedReadingPage(
  token: string,
  render: (shared: Extract<SharedView, { status: "active" }>) => Promise<RenderedPage>,
): Promise<Response> {
  const headers = { "Cache-Control": "private, no-store" };
  const shared = await getSharedPortfolio(token);
  if (shared.status === "inactive") return new Response(null, { status: 307, headers: { ...headers, Location: `/s/${encodeURIComponent(token)}/gone` } });
  const { status, html, location } =
    shared.status === "active" ? await withPageLocale(shared.portfolio.pageLocale, () => render(shared)) : await notFoundPage();
  if (location) return redirectResponse(location, headers);
  return htmlResponse(html, { status, headers });
}

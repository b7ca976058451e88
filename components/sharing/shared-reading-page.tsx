import "server-only";
import { unstable_cache } from "next/cache";
import { todayIso } from "@/lib/dates";
import { getSharedPortfolio, sharedPageTags, type SharedView } from "@/lib/sharing/read-model";
import { withPageLocale } from "@/lib/i18n/page-locale";
import { htmlResponse, notFoundPage, redirectResponse, type RenderedPage } from "@/components/public/static-html";

type ActiveShare = Extract<SharedView, { status: "active" }>;

/**
 * A reading page under /s/<token>: the link's state is checked on every request
 * (a revoked link stops at once), and the answer is never stored by a browser or
 * proxy. A revoked or expired link goes to /gone (410). With `cacheAs` (a page
 * that is the same for every visitor of the link) the rendered page is kept in
 * the data cache per link, its recipient and sections, the page's language and
 * the day, tagged like the portfolio and the link, so a request is the link's
 * one-row check plus a cache read instead of a whole render (#19's soak on a
 * share link: 3 req/s when every request rendered).
 */
export async function sharedReadingPage(
  token: string,
  render: (shared: ActiveShare) => Promise<RenderedPage>,
  { cacheAs }: { cacheAs?: string } = {},
): Promise<Response> {
  const headers = { "Cache-Control": "private, no-store" };
  const shared = await getSharedPortfolio(token);
  if (shared.status === "inactive") return new Response(null, { status: 307, headers: { ...headers, Location: `/s/${encodeURIComponent(token)}/gone` } });
  const { status, html, location } = shared.status === "active" ? await renderShared(shared, render, cacheAs) : await notFoundPage();
  if (location) return redirectResponse(location, headers);
  return htmlResponse(html, { status, headers });
}

function renderShared(shared: ActiveShare, render: (shared: ActiveShare) => Promise<RenderedPage>, cacheAs: string | undefined): Promise<RenderedPage> {
  const rendering = () => withPageLocale(shared.portfolio.pageLocale, () => render(shared));
  if (!cacheAs) return rendering();
  const { link } = shared;
  const key = ["shared-page", cacheAs, link.id, link.sections.join(","), String(link.anonymizeAll), link.recipientName, link.company];
  return unstable_cache(rendering, [...key, shared.portfolio.pageLocale, todayIso()], { tags: sharedPageTags(shared.userId, link.id) })();
}

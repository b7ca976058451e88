import "server-only";
import { unstable_cache } from "next/cache";
import { todayIso } from "@/lib/dates";
import { readingCopyHeaders, readingCopyTagHeaders } from "@/lib/cache/reading-copies";
import { withPageLocale } from "@/lib/i18n/page-locale";
import { pack, unpack } from "@/lib/packed-cache";
import { resolveShareLink } from "@/lib/sharing/data";
import { sharedPageTags, sharedView, type SharedView } from "@/lib/sharing/read-model";
import type { ShareResolution } from "@/lib/sharing/types";
import { htmlResponse, notFoundPage, redirectResponse, type RenderedPage } from "@/components/public/static-html";

type ActiveShare = Extract<SharedView, { status: "active" }>;
type ActiveLink = Extract<ShareResolution, { status: "active" }>;

/**
 * A reading page under /s/<token>: the link's state is checked on every request
 * (a revoked link stops at once), and the answer is never stored by a browser or
 * proxy. A revoked or expired link goes to /gone (410).
 *
 * With `cacheAs` (a page that is the same for every visitor of the link) the
 * rendered page is kept in the data cache per link, its recipient and sections,
 * the page's language and the day, tagged like the portfolio and the link: a
 * request is the link's one-row check plus one cache read, and the mapped
 * portfolio is read only when the page renders (#19's soak on a share link:
 * 3 req/s when every request rendered). The answer also tells the server it may
 * keep a copy for up to a second (never past the link's expiry): revoking the
 * link or any owner change forgets the copies, as for the public pages.
 */
export async function sharedReadingPage(
  token: string,
  render: (shared: ActiveShare) => Promise<RenderedPage>,
  { cacheAs }: { cacheAs?: string } = {},
): Promise<Response> {
  const headers = { "Cache-Control": "private, no-store" };
  const share = await resolveShareLink(token);
  if (share.status === "inactive") return new Response(null, { status: 307, headers: { ...headers, Location: `/s/${encodeURIComponent(token)}/gone` } });
  if (share.status === "not-found") return htmlResponse((await notFoundPage()).html, { status: 404, headers });
  const { status, html, location } = cacheAs ? await cachedShared(share, render, cacheAs) : await renderShared(share, render);
  if (location) return redirectResponse(location, headers);
  const copy =
    cacheAs && status === 200
      ? { ...readingCopyHeaders(share.link.expiresAt), ...readingCopyTagHeaders(sharedPageTags(share.portfolio.userId, share.link.id)) }
      : {};
  return htmlResponse(html, { status, headers: { ...headers, ...copy } });
}

async function renderShared(share: ActiveLink, render: (shared: ActiveShare) => Promise<RenderedPage>): Promise<RenderedPage> {
  const shared = await sharedView(share);
  if (shared.status !== "active") return notFoundPage();
  return withPageLocale(shared.portfolio.pageLocale, () => render(shared));
}

async function cachedShared(share: ActiveLink, render: (shared: ActiveShare) => Promise<RenderedPage>, cacheAs: string): Promise<RenderedPage> {
  const { link, portfolio } = share;
  const key = ["shared-page", cacheAs, link.id, link.sections.join(","), String(link.anonymizeAll), link.recipientName, link.company];
  // Packed: a large portfolio's page is over the data cache's 2 MB item limit as it is (lib/packed-cache.ts).
  const packed = await unstable_cache(async () => pack(await renderShared(share, render)), [...key, portfolio.pageLocale, todayIso()], {
    tags: sharedPageTags(portfolio.userId, link.id),
  })();
  return unpack(packed);
}

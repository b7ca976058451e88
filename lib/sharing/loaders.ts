import "server-only";
import { getAnalyticsOverview, getTargetTitles } from "@/lib/analytics/data";
import { visibleSections } from "@/lib/sections";
import { requestOrigin } from "@/lib/site";
import { getSharingContext, listShareLinks, listUnreadNotifications } from "./data";
import { qrSvg } from "./qr";

/**
 * Everything the Sharing page shows: the public address and every share link
 * as absolute URLs people copy, each active one with its QR code, and the views.
 */
export async function loadSharingDashboard(userId: string) {
  const [context, links, overview, notifications, targetTitles, origin] = await Promise.all([
    getSharingContext(userId),
    listShareLinks(userId),
    getAnalyticsOverview(userId),
    listUnreadNotifications(userId),
    getTargetTitles(userId),
    requestOrigin(),
  ]);
  const publicUrl = `${origin}/${context.user.handle}`;
  const [publicQr, withUrls] = await Promise.all([
    qrSvg(publicUrl),
    Promise.all(
      links.map(async (link) => {
        const url = `${origin}${link.path}`;
        return { ...link, url, qrSvg: link.status === "active" ? await qrSvg(url) : null };
      }),
    ),
  ]);
  return {
    visibility: context.visibility,
    publicUrl,
    publicQr,
    sections: visibleSections(context.sectionOrder, context.hiddenSections),
    links: withUrls,
    overview,
    notifications,
    targetTitles,
  };
}

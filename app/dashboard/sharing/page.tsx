import type { Metadata } from "next";
import { after } from "next/server";
import { getTranslations } from "next-intl/server";
import { SharingDashboard } from "@/components/sharing/sharing-dashboard";
import { getAnalyticsOverview, getTargetTitles } from "@/lib/analytics/data";
import { requireUser } from "@/lib/auth/session";
import { visibleSections } from "@/lib/portfolio/sections";
import { getSharingContext, listShareLinks, listUnreadNotifications } from "@/lib/sharing/data";
import { markAnalyticsSeen } from "@/lib/sharing/mutations";
import { requestOrigin } from "@/lib/site";
import { qrSvg } from "@/lib/sharing/qr";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sharing.meta");
  return { title: t("title") };
}

export default async function SharingPage() {
  const user = await requireUser("/dashboard/sharing");
  const [context, links, overview, notifications, targetTitles, origin] = await Promise.all([
    getSharingContext(user.id),
    listShareLinks(user.id),
    getAnalyticsOverview(user.id),
    listUnreadNotifications(user.id),
    getTargetTitles(user.id),
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
  // The "new" markers above are computed from the previous visit; from now on, only later opens are new.
  after(() => markAnalyticsSeen(user.id));
  return (
    <SharingDashboard
      visibility={context.visibility}
      publicUrl={publicUrl}
      publicQr={publicQr}
      sections={visibleSections(context.sectionOrder, context.hiddenSections)}
      links={withUrls}
      overview={overview}
      notifications={notifications}
      targetTitles={targetTitles}
    />
  );
}

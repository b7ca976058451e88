import { getTranslations } from "next-intl/server";
import { Download, Link2 } from "lucide-react";
import { AnalyticsPanel } from "@/components/analytics/analytics-panel";
import { EmptyState } from "@/components/editor/empty-state";
import { CardSection } from "@/components/ui/card-section";
import type { AnalyticsOverview } from "@/lib/analytics/types";
import type { Visibility } from "@/lib/db/generated/enums";
import type { SectionKey } from "@/lib/sections";
import type { OwnerNotificationView, ShareLinkView } from "@/lib/sharing/types";
import { CopyField } from "./copy-field";
import { NotificationsBanner } from "./notifications-banner";
import { QrDialog } from "./qr-dialog";
import { ShareLinkCard } from "./share-link-card";
import { ShareLinkForm } from "./share-link-form";

type Props = {
  visibility: Visibility;
  publicUrl: string;
  publicQr: string;
  sections: SectionKey[];
  links: (ShareLinkView & { url: string; qrSvg: string | null })[];
  overview: AnalyticsOverview;
  notifications: OwnerNotificationView[];
  targetTitles: Record<string, string>;
};

/** /dashboard/sharing: the public address, share links (create, copy, QR, rename, revoke) and view analytics. */
export async function SharingDashboard({ visibility, publicUrl, publicQr, sections, links, overview, notifications, targetTitles }: Props) {
  const t = await getTranslations("sharing.page");
  const tEmpty = await getTranslations("sharing.empty");
  return (
    <div className="grid gap-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-2xl">
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="mt-1 text-sm text-muted">{t("lead")}</p>
        </div>
        <a
          href="/dashboard/sharing/export"
          className="inline-flex h-10 items-center gap-2 rounded-lg border border-border bg-bg px-4 text-sm font-medium hover:bg-surface"
          download
        >
          <Download aria-hidden className="size-4" />
          {t("export")}
        </a>
      </header>

      {visibility === "DRAFT" && (
        <p role="status" className="rounded-card border border-warning/40 bg-warning/10 p-4 text-sm">
          {t("draftWarning")}
        </p>
      )}

      {notifications.length > 0 && <NotificationsBanner notifications={notifications} now={new Date().toISOString()} />}

      <CardSection
        id="public-title"
        title={t("publicTitle")}
        lead={visibility === "UNLISTED" ? t("publicUnlisted") : t("publicLead")}
        aside={<QrDialog svg={publicQr} title={t("publicTitle")} url={publicUrl} fileName="postfolio-public-page.svg" />}
        className="gap-3 sm:p-5"
      >
        <CopyField url={publicUrl} label={t("publicTitle")} />
      </CardSection>

      <CardSection id="create-title" title={t("createTitle")} lead={t("createLead")} className="sm:p-5">
        <ShareLinkForm sections={sections} />
      </CardSection>

      <section aria-labelledby="links-title" className="grid gap-4">
        <div>
          <h2 id="links-title" className="text-lg font-semibold">
            {t("linksTitle")}
          </h2>
          <p className="mt-1 text-sm text-muted">{t("linksLead")}</p>
        </div>
        {links.length === 0 ? (
          <EmptyState icon={<Link2 />} title={tEmpty("title")} body={tEmpty("body")} example={tEmpty("example")} action={null} />
        ) : (
          <ul className="grid gap-4" aria-label={t("linksTitle")}>
            {links.map((link) => (
              <li key={link.id}>
                <ShareLinkCard link={link} url={link.url} qrSvg={link.qrSvg} stats={overview.perLink[link.id]} targetTitles={targetTitles} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <AnalyticsPanel overview={overview} />
    </div>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BarChart3, ExternalLink, Globe, Inbox, Link2, Lock, Palette, Share2 } from "lucide-react";
import { ButtonLink } from "@/components/ui/button-link";
import type { Visibility as VisibilityValue } from "@/lib/db/generated/enums";
import { cn } from "@/lib/utils";
import { PreviewLink } from "@/components/editor/preview-link";

const icons = { DRAFT: Lock, UNLISTED: Link2, PUBLIC: Globe } as const;

type PageStatusProps = {
  visibility: VisibilityValue;
  publicUrl: string;
  /** Views and visitors over the last `days` days. */
  views: { views: number; visitors: number; days: number };
  /** Share links opened since the owner last looked, unread messages (as the nav badges). */
  sharing: { newOpens: number; unreadMessages: number };
};

/** The overview's first answer: who can see the page, and whether anyone has. */
export async function PageStatus({ visibility, publicUrl, views, sharing }: PageStatusProps) {
  const t = await getTranslations("dashboard.overview.page");
  const tv = await getTranslations("publicPage.publish.visibility");
  const StatusIcon = icons[visibility];
  // What needs the owner's attention, shown only when there is some.
  const news = [
    { count: sharing.newOpens, href: "/dashboard/sharing", icon: Share2, label: t("newOpens", { count: sharing.newOpens }) },
    { count: sharing.unreadMessages, href: "/dashboard/inbox", icon: Inbox, label: t("unread", { count: sharing.unreadMessages }) },
  ].filter((item) => item.count > 0);
  return (
    <section aria-labelledby="page-status-heading" className="grid gap-4 rounded-card border border-border p-4 sm:p-6" data-testid="page-status">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="grid gap-1">
          <h2 id="page-status-heading" className="text-base font-semibold">
            {t("title")}
          </h2>
          <p className="flex items-center gap-2 text-sm">
            <StatusIcon aria-hidden className={cn("size-4 shrink-0", visibility === "PUBLIC" ? "text-success" : "text-muted")} />
            <span className="font-medium">{tv(`status.${visibility}`)}</span>
          </p>
          {visibility === "PUBLIC" && (
            <a
              href={publicUrl}
              target="_blank"
              rel="noopener"
              className="inline-flex w-fit items-center gap-1 text-sm font-medium text-accent underline-offset-2 hover:underline"
            >
              {t("open", { url: publicUrl })}
              <ExternalLink aria-hidden className="size-3.5" />
            </a>
          )}
        </div>
        <div className="flex flex-wrap gap-2">
          <PreviewLink label={t("preview")} />
          <ButtonLink href="/dashboard/publish" variant="secondary" size="sm">
            <Palette aria-hidden className="size-4" />
            {t("settings")}
          </ButtonLink>
        </div>
      </div>
      <ul className="flex flex-wrap gap-x-6 gap-y-2 border-t border-border pt-4 text-sm">
        <li className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <BarChart3 aria-hidden className="size-4 shrink-0 text-muted" />
          <span className="tabular">{views.views === 0 ? t("noViews", views) : t("views", views)}</span>
          <Link href="/dashboard/sharing" className="font-medium whitespace-nowrap text-accent underline-offset-2 hover:underline">
            {t("analytics")}
          </Link>
        </li>
        {news.map(({ href, icon: Icon, label }) => (
          <li key={href} className="flex items-center gap-2">
            <Icon aria-hidden className="size-4 shrink-0 text-muted" />
            <Link href={href} className="font-medium text-accent underline-offset-2 hover:underline">
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

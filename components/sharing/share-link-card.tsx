import { getFormatter, getTranslations } from "next-intl/server";
import { BookOpen, EyeOff, FileText } from "lucide-react";
import type { LinkStats } from "@/lib/analytics/types";
import type { ShareLinkView } from "@/lib/sharing/types";
import { cn } from "@/lib/utils";
import { CopyField } from "./copy-field";
import { LinkActions } from "./link-actions";
import { QrDialog } from "./qr-dialog";

type Props = {
  link: ShareLinkView;
  url: string;
  qrSvg: string | null;
  stats: LinkStats | undefined;
  targetTitles: Record<string, string>;
};

const statusClass = {
  active: "bg-success/10 text-success",
  expired: "bg-warning/10 text-warning",
  revoked: "bg-surface text-muted",
} as const;

/** One share link: who it's for, its state, when it was opened, what was read, and its actions. */
export async function ShareLinkCard({ link, url, qrSvg, stats, targetTitles }: Props) {
  const t = await getTranslations("sharing.link");
  const tSections = await getTranslations("sharing.sections");
  const format = await getFormatter();
  const who = link.company ? t("recipientAtCompany", { name: link.recipientName, company: link.company }) : link.recipientName;
  const now = new Date();
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeZone: "UTC" });
  const dateTime = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";
  const relative = (iso: string) => format.relativeTime(new Date(iso), now);
  const targetLabel = (target: string) =>
    targetTitles[target] ?? (target.startsWith("case-study:") ? t("caseStudyTarget", { slug: target.slice("case-study:".length) }) : t("documentTarget"));
  const headingId = `link-${link.id}`;

  return (
    <article aria-labelledby={headingId} className={cn("grid gap-4 rounded-card border border-border p-5", link.status !== "active" && "bg-surface/50")}>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={headingId} className="flex flex-wrap items-center gap-2 font-semibold">
            <span className="truncate">{who}</span>
            <span className={cn("rounded-full px-2 py-0.5 text-xs font-medium", statusClass[link.status])}>{t(`status.${link.status}`)}</span>
            {link.isNew && (
              <>
                <span aria-hidden className="rounded-full bg-accent px-2 py-0.5 text-xs font-medium text-accent-fg" title={t("newLabel")}>
                  {t("new")}
                </span>
                <span className="sr-only">{t("newLabel")}</span>
              </>
            )}
          </h3>
          <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted">
            <span>{t("created", { date: date(link.createdAt) })}</span>
            {link.status === "revoked" && link.revokedAt && <span>{t("revoked", { date: date(link.revokedAt) })}</span>}
            {link.status !== "revoked" && link.expiresAt && (
              <span>{link.status === "expired" ? t("expired", { date: date(link.expiresAt) }) : t("expires", { date: date(link.expiresAt) })}</span>
            )}
          </p>
          {link.note && <p className="mt-2 text-sm text-muted">{link.note}</p>}
        </div>
        <div className="flex flex-wrap gap-1">
          {link.status === "active" && qrSvg && (
            <QrDialog
              svg={qrSvg}
              title={t("qrTitle", { who })}
              url={url}
              fileName={`postfolio-${link.recipientName.replace(/[^a-z0-9]+/gi, "-").toLowerCase() || "link"}.svg`}
            />
          )}
          <LinkActions
            link={{ id: link.id, recipientName: link.recipientName, company: link.company, note: link.note, who, active: link.status === "active" }}
          />
        </div>
      </header>

      {link.status === "active" && <CopyField url={url} label={t("linkLabel", { who })} />}

      <div className="flex flex-wrap gap-1.5 text-xs">
        {link.sections.length === 0 ? (
          <span className="rounded-full bg-surface px-2 py-0.5 ring-1 ring-border">{t("allSections")}</span>
        ) : (
          link.sections.map((key) => (
            <span key={key} className="rounded-full bg-surface px-2 py-0.5 ring-1 ring-border">
              {tSections(key)}
            </span>
          ))
        )}
        {link.anonymizeAll && (
          <span className="inline-flex items-center gap-1 rounded-full bg-surface px-2 py-0.5 ring-1 ring-border">
            <EyeOff aria-hidden className="size-3" />
            {t("anonymized")}
          </span>
        )}
      </div>

      {link.firstViewedAt ? (
        <div className="grid gap-3">
          <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
            <Stat label={t("firstOpened")}>
              <When iso={link.firstViewedAt} relative={relative} full={dateTime} />
            </Stat>
            <Stat label={t("lastOpened")}>{link.lastViewedAt && <When iso={link.lastViewedAt} relative={relative} full={dateTime} />}</Stat>
            <Stat label={t("views")} className="tabular" testId="link-views">
              {link.viewCount}
            </Stat>
            <Stat label={t("visitors")} className="tabular">
              {stats?.visitors ?? 0}
            </Stat>
          </dl>
          <div>
            <h4 className="text-xs font-medium text-muted">{t("openedPages")}</h4>
            {stats?.targets.length ? (
              <ul className="mt-1.5 grid gap-1 text-sm">
                {stats.targets.map((target) => (
                  <li key={target.target} className="flex items-center gap-2">
                    {target.target.startsWith("case-study:") ? (
                      <BookOpen aria-hidden className="size-3.5 text-muted" />
                    ) : (
                      <FileText aria-hidden className="size-3.5 text-muted" />
                    )}
                    <span className="min-w-0 flex-1 truncate">{targetLabel(target.target)}</span>
                    <span className="text-xs text-muted tabular">×{target.views}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-sm text-muted">{t("noPagesOpened")}</p>
            )}
          </div>
        </div>
      ) : (
        <p className="text-sm text-muted">{t("notOpened")}</p>
      )}
    </article>
  );
}

/** One figure of a link's use: label above, value below. */
function Stat({ label, className, testId, children }: { label: string; className?: string; testId?: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-muted">{label}</dt>
      <dd className={className} data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/** A moment said relatively ("2 days ago"), the full date and time on hover. */
function When({ iso, relative, full }: { iso: string; relative: (iso: string) => string; full: (iso: string) => string }) {
  return (
    <time dateTime={iso} title={full(iso)}>
      {relative(iso)}
    </time>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArrowRight, Award, BarChart3, BookOpen, CalendarDays, FileText, LayoutGrid, UserRound } from "lucide-react";
import { CoachCard } from "@/components/coach/coach-card";
import { FirstRunCard } from "@/components/coach/first-run-card";
import type { FirstRun } from "@/lib/coach/first-run";
import { PageStatus } from "./page-status";

/** Items per section (getSectionCounts in lib/portfolio/data.ts, passed by the page's loader). */
type SectionCounts = { campaigns: number; samples: number; documents: number; calendars: number; caseStudies: number; credentials: number };

type OverviewProps = {
  userId: string;
  name: string;
  publicUrl: string;
  counts: SectionCounts;
  /** The first-run path; shown first until its four steps are done. */
  firstRun: FirstRun;
  status: Omit<React.ComponentProps<typeof PageStatus>, "publicUrl">;
};

/**
 * The dashboard's home: a new account's first-run path (until done), the page's status and reach,
 * the guide coach, then every room of the editor.
 */
export async function Overview({ userId, name, publicUrl, counts, firstRun, status }: OverviewProps) {
  const t = await getTranslations("dashboard.overview");
  // In the order the guide lists them: results first, then samples, plans and stories.
  const cards = [
    { href: "/dashboard/profile", title: t("profileTitle"), body: t("profileBody"), icon: UserRound, count: undefined },
    { href: "/dashboard/campaigns", title: t("campaignsTitle"), body: t("campaignsBody"), icon: BarChart3, count: counts.campaigns },
    { href: "/dashboard/samples", title: t("samplesTitle"), body: t("samplesBody"), icon: LayoutGrid, count: counts.samples },
    { href: "/dashboard/documents", title: t("documentsTitle"), body: t("documentsBody"), icon: FileText, count: counts.documents },
    { href: "/dashboard/calendars", title: t("calendarsTitle"), body: t("calendarsBody"), icon: CalendarDays, count: counts.calendars },
    { href: "/dashboard/case-studies", title: t("caseStudiesTitle"), body: t("caseStudiesBody"), icon: BookOpen, count: counts.caseStudies },
    { href: "/dashboard/credentials", title: t("credentialsTitle"), body: t("credentialsBody"), icon: Award, count: counts.credentials },
  ];
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title", { name })}</h1>
        <p className="mt-2 max-w-2xl text-muted">{t("lead", { url: publicUrl })}</p>
      </div>
      {!firstRun.complete && <FirstRunCard path={firstRun} />}
      <PageStatus publicUrl={publicUrl} {...status} />
      <CoachCard userId={userId} later={!firstRun.complete} />
      <section aria-labelledby="sections-heading">
        <h2 id="sections-heading" className="text-sm font-medium text-muted">
          {t("sections")}
        </h2>
        <ul className="mt-3 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {cards.map(({ href, title, body, icon: Icon, count }) => (
            <li key={href}>
              <Link href={href} className="group block h-full rounded-card border border-border p-5 transition-colors hover:bg-surface">
                <div className="flex items-center justify-between">
                  <Icon aria-hidden className="size-5 text-accent" />
                  {count !== undefined && <span className="tabular text-sm text-muted">{t("items", { count })}</span>}
                </div>
                <h3 className="mt-3 font-semibold">{title}</h3>
                <p className="mt-1 text-sm text-muted">{body}</p>
                <span className="mt-3 inline-flex items-center gap-1 text-sm font-medium text-accent">
                  {t("open")} <ArrowRight aria-hidden className="size-4 transition-transform group-hover:translate-x-0.5" />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

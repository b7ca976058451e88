import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Award, BarChart3, BookOpen, CalendarDays, ExternalLink, FileText, Globe, Home, Inbox, LayoutGrid, Settings, Share2, UserRound } from "lucide-react";
import { LeavePrompt } from "@/components/editor/leave-prompt";
import { BrandLink } from "@/components/ui/brand-link";
import { ButtonLink } from "@/components/ui/button-link";
import { ZodJitless } from "@/components/ui/zod-jitless";
import { InputLocaleSync } from "@/components/i18n/input-locale-sync";
import { DashboardNav } from "./nav";
import { SignOutButton } from "./sign-out-button";

type ShellProps = {
  user: { id: string; name: string; handle: string };
  /** The navigation's counts, from loadDashboardNav (lib/portfolio/loaders.ts) in the layout. */
  nav: {
    counts: { campaigns: number; samples: number; documents: number; calendars: number; caseStudies: number; credentials: number };
    sharing: { newOpens: number; unreadMessages: number };
  };
  children: React.ReactNode;
};

/**
 * The signed-in frame of the dashboard and settings: section navigation with
 * counts, the public-page link and the account menu. The editor's client
 * components read nearly every namespace: they get the full set (inherited
 * from lib/i18n/request.ts).
 */
export async function DashboardShell({ user, nav: { counts, sharing }, children }: ShellProps) {
  const t = await getTranslations("dashboard");
  const tData = await getTranslations("dataExport");
  const items = [
    { href: "/dashboard", label: t("nav.overview"), icon: <Home /> },
    { href: "/dashboard/profile", label: t("nav.profile"), icon: <UserRound /> },
    { href: "/dashboard/campaigns", label: t("nav.campaigns"), count: counts.campaigns, icon: <BarChart3 /> },
    { href: "/dashboard/samples", label: t("nav.samples"), count: counts.samples, icon: <LayoutGrid /> },
    { href: "/dashboard/documents", label: t("nav.documents"), count: counts.documents, icon: <FileText /> },
    { href: "/dashboard/calendars", label: t("nav.calendars"), count: counts.calendars, icon: <CalendarDays /> },
    { href: "/dashboard/case-studies", label: t("nav.caseStudies"), count: counts.caseStudies, icon: <BookOpen /> },
    { href: "/dashboard/credentials", label: t("nav.credentials"), count: counts.credentials, icon: <Award /> },
    { href: "/dashboard/sharing", label: t("nav.sharing"), count: sharing.newOpens || undefined, icon: <Share2 /> },
    { href: "/dashboard/inbox", label: t("nav.inbox"), count: sharing.unreadMessages || undefined, icon: <Inbox /> },
    { href: "/dashboard/publish", label: t("nav.publish"), icon: <Globe /> },
    { href: "/dashboard/data", label: tData("navLabel"), icon: <FileText /> },
    { href: "/settings", label: t("nav.settings"), icon: <Settings /> },
  ];
  return (
    <NextIntlClientProvider>
      <div className="min-h-screen">
        <ZodJitless />
        <InputLocaleSync />
        <LeavePrompt />
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-bg focus:px-3 focus:py-2"
        >
          {t("skip")}
        </a>
        <header className="sticky top-0 z-30 border-b border-border bg-bg/90 backdrop-blur">
          <div className="mx-auto flex h-14 max-w-7xl items-center justify-between gap-3 px-4 sm:px-6">
            <BrandLink href="/dashboard">
              <span className="hidden sm:inline">Postfolio</span>
            </BrandLink>
            <div className="flex items-center gap-2">
              <ButtonLink href={`/${user.handle}`} variant="secondary" size="sm" target="_blank" prefetch={false}>
                <ExternalLink aria-hidden className="size-4" />
                <span>{t("viewPublic")}</span>
              </ButtonLink>
              <span className="hidden text-sm text-muted md:inline">{user.name}</span>
              <SignOutButton label={t("signOut")} />
            </div>
          </div>
        </header>
        <div className="mx-auto grid max-w-7xl grid-cols-[minmax(0,1fr)] gap-6 px-4 py-6 sm:px-6 lg:grid-cols-[220px_minmax(0,1fr)] lg:py-8">
          <aside className="min-w-0 lg:sticky lg:top-20 lg:self-start">
            <DashboardNav items={items} label={t("nav.label")} />
          </aside>
          <main id="main" className="min-w-0">
            {children}
          </main>
        </div>
      </div>
    </NextIntlClientProvider>
  );
}

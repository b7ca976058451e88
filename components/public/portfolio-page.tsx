import { useTranslations } from "next-intl";
import type { SectionKey } from "@/lib/sections";
import type { PublicPortfolio } from "@/lib/public/types";
import { CalendarsSection } from "./calendars-section";
import { CampaignsSection } from "./campaigns-section";
import { CaseStudiesSection } from "./case-studies-section";
import { CertificationsSection, EducationSection, ExperienceSection, SkillsSection } from "./credentials-sections";
import { DocumentsSection } from "./documents-section";
import { FeaturedStrip } from "./featured-strip";
import { PageFooter, type PageFooterExtras } from "./page-footer";
import { ProfileBio, ProfileHeader } from "./profile-header";
import { PublicFrame } from "./public-frame";
import { SamplesSection } from "./samples-section";

type PortfolioPageProps = {
  portfolio: PublicPortfolio;
  /** Where item pages live: "/<handle>" publicly, "/dashboard/preview" in the owner's preview. */
  basePath: string;
  /** Inside the dashboard (preview): the dashboard already has the main landmark and skip link. */
  embedded?: boolean;
  /** Above the header, e.g. the preview banner. */
  banner?: React.ReactNode;
  /** "YYYY-MM-DD": decides which certifications are expired. */
  today: string;
  /** Contact form and footer note (sharing). */
  footer?: PageFooterExtras;
  /** Where "Download PDF" in the header points (a route that prints this view). */
  pdfHref?: string;
};

function itemCount(portfolio: PublicPortfolio, key: SectionKey): number {
  return key === "experience" ? portfolio.experience.length : portfolio[key].length;
}

/** The public portfolio: profile, then the visible sections in the owner's order. Server-rendered, readable without JavaScript. */
export function PortfolioPage({ portfolio, basePath, embedded = false, banner, today, footer, pdfHref }: PortfolioPageProps) {
  const t = useTranslations("publicPage");
  const sections = portfolio.sections.filter((key) => itemCount(portfolio, key) > 0);
  const Main = embedded ? "div" : "main";

  const body: Record<SectionKey, () => React.ReactNode> = {
    campaigns: () => <CampaignsSection campaigns={portfolio.campaigns} />,
    caseStudies: () => <CaseStudiesSection caseStudies={portfolio.caseStudies} basePath={basePath} />,
    samples: () => <SamplesSection samples={portfolio.samples} />,
    documents: () => <DocumentsSection documents={portfolio.documents} basePath={basePath} />,
    calendars: () => <CalendarsSection calendars={portfolio.calendars} />,
    certifications: () => <CertificationsSection certifications={portfolio.certifications} today={today} />,
    experience: () => <ExperienceSection experience={portfolio.experience} />,
    skills: () => <SkillsSection skills={portfolio.skills} />,
    education: () => <EducationSection education={portfolio.education} />,
  };

  return (
    <PublicFrame theme={portfolio.theme} accentColor={portfolio.accentColor} skipLabel={embedded ? undefined : t("skip")} banner={banner}>
      <header className="border-b border-border bg-surface">
        <div className="mx-auto max-w-5xl px-4 py-5 sm:px-6 sm:py-12">
          <ProfileHeader portfolio={portfolio} pdfHref={pdfHref} />
        </div>
      </header>
      <FeaturedStrip featured={portfolio.featured} basePath={basePath} />
      <ProfileBio portfolio={portfolio} />
      {sections.length > 1 && (
        <nav aria-label={t("nav.label")} className="sticky top-0 z-20 border-b border-border bg-bg/95 backdrop-blur print:hidden">
          {/* Scrolls sideways on small screens; on wide ones every section stays in view (wrapping if it must). */}
          <ul className="mx-auto flex max-w-5xl gap-1 overflow-x-auto px-4 py-2 sm:px-6 lg:flex-wrap lg:gap-0 lg:overflow-visible">
            {sections.map((key) => (
              <li key={key} className="shrink-0">
                <a href={`#${key}`} className="block rounded-md px-3 py-1.5 text-sm text-muted hover:bg-surface hover:text-fg">
                  {t(`nav.sections.${key}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <Main id={embedded ? undefined : "main"} tabIndex={embedded ? undefined : -1} className="mx-auto grid max-w-5xl gap-14 px-4 py-10 outline-none sm:px-6 sm:py-14">
        {sections.length === 0 && <p className="text-muted">{t("empty", { name: portfolio.displayName })}</p>}
        {sections.map((key) => (
          <section key={key} id={key} data-section={key} aria-labelledby={`${key}-title`} className="grid scroll-mt-16 gap-6 lg:scroll-mt-24">
            <h2 id={`${key}-title`} className="flex items-baseline gap-2 text-2xl font-semibold tracking-tight">
              {t(`sections.${key}`)}
              <span className="text-sm font-normal text-muted tabular">{t("itemCount", { count: itemCount(portfolio, key) })}</span>
            </h2>
            {body[key]()}
          </section>
        ))}
      </Main>
      <PageFooter portfolio={portfolio} {...footer} />
    </PublicFrame>
  );
}

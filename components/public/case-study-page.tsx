import { useLocale, useTranslations } from "next-intl";
import { Markdown } from "@/components/markdown/markdown";
import type { PublicCaseStudy, PublicPortfolio } from "@/lib/public/types";
import { ClientLine, WorkBadge } from "./badges";
import { DocumentKindBadge } from "./documents-section";
import { formatRange } from "@/lib/date-formats";
import { imageSrcSet } from "./images";
import { ItemPageShell } from "./item-page-shell";
import type { PageFooterExtras } from "./page-footer";
import { ResultGrid } from "./results";
import { SampleCard } from "./samples-section";

const storyParts = ["challenge", "strategy", "execution", "results", "lessons"] as const;

type CaseStudyPageProps = {
  portfolio: PublicPortfolio;
  study: PublicCaseStudy;
  basePath: string;
  embedded?: boolean;
  banner?: React.ReactNode;
  /** Contact form and footer note (sharing). */
  footer?: PageFooterExtras;
};

/** A case study: key results first, then challenge → strategy → execution → results → lessons, then linked work. */
export function CaseStudyPage({ portfolio, study, basePath, embedded, banner, footer }: CaseStudyPageProps) {
  const t = useTranslations("publicPage.caseStudies");
  const locale = useLocale();
  const samples = portfolio.samples.filter((sample) => study.sampleIds.includes(sample.id));
  const documents = portfolio.documents.filter((document) => study.documentIds.includes(document.id));
  const campaigns = portfolio.campaigns.filter((campaign) => study.campaignIds.includes(campaign.id));
  return (
    <ItemPageShell portfolio={portfolio} basePath={basePath} backAnchor="#caseStudies" embedded={embedded} banner={banner} footer={footer}>
      <article className="grid gap-10">
        <header className="grid gap-3">
          <p className="text-sm font-medium text-muted">{t("eyebrow", { name: portfolio.displayName })}</p>
          <div className="flex flex-wrap items-center gap-2">
            <WorkBadge kind={study.workKind} />
            {study.periodStart && <span className="text-sm text-muted">{formatRange(study.periodStart, study.periodEnd, locale)}</span>}
          </div>
          <h1 className="text-3xl font-semibold tracking-tight text-balance sm:text-4xl">{study.title}</h1>
          <ClientLine client={study.client} />
          {study.role && <p className="text-sm text-muted">{t("roleLine", { role: study.role })}</p>}
        </header>

        {study.cover && (
          // eslint-disable-next-line @next/next/no-img-element -- served by our media route
          <img
            src={study.cover.url}
            srcSet={imageSrcSet(study.cover)}
            // The page's column: max-w-3xl (48rem) less its padding.
            sizes="(min-width: 48rem) 45rem, calc(100vw - 2rem)"
            alt={study.cover.alt}
            width={study.cover.width ?? 1200}
            height={study.cover.height ?? 675}
            // The first and largest image of the page: its largest contentful paint.
            fetchPriority="high"
            className="h-auto w-full rounded-card border border-border bg-surface"
          />
        )}

        {study.keyResults.length > 0 && (
          <StorySection id="key-results" title={t("keyResults")}>
            <ResultGrid results={study.keyResults} currency={study.currency} label={t("keyResults")} />
          </StorySection>
        )}

        {storyParts
          .filter((part) => study[part].trim() !== "")
          .map((part) => (
            <StorySection key={part} id={`part-${part}`} title={t(`parts.${part}`)}>
              <Markdown source={study[part]} className="text-base" />
            </StorySection>
          ))}

        {campaigns.length > 0 && (
          <StorySection id="linked-campaigns" title={t("linkedCampaigns")}>
          <ul className="grid gap-2">
            {campaigns.map((campaign) => (
              <li key={campaign.id}>
                <a href={`${basePath}#campaign-${campaign.id}`} className="font-medium text-accent underline underline-offset-2 hover:no-underline">
                  {campaign.title}
                </a>
              </li>
            ))}
          </ul>
          </StorySection>
        )}

        {samples.length > 0 && (
          <StorySection id="linked-samples" title={t("linkedSamples")}>
          <div className="grid gap-4 sm:grid-cols-2">
            {samples.map((sample) => (
              <SampleCard key={sample.id} sample={sample} headingLevel={3} />
            ))}
          </div>
          </StorySection>
        )}

        {documents.length > 0 && (
          <StorySection id="linked-documents" title={t("linkedDocuments")}>
          <ul className="grid gap-3">
            {documents.map((document) => (
              <li key={document.id} className="flex flex-wrap items-center gap-2">
                <DocumentKindBadge kind={document.kind} />
                <a href={`${basePath}/documents/${document.id}`} className="font-medium text-accent underline underline-offset-2 hover:no-underline">
                  {document.title}
                </a>
              </li>
            ))}
          </ul>
          </StorySection>
        )}
      </article>
    </ItemPageShell>
  );
}

/** One block of the page under its h2: the key results, a part of the story, the linked campaigns, samples or documents. */
function StorySection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="grid gap-3">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

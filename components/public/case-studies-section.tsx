import { useLocale, useTranslations } from "next-intl";
import { Markdown } from "@/components/markdown/markdown";
import { markdownToPlainText } from "@/lib/markdown/plain-text";
import type { PublicCaseStudy } from "@/lib/public/types";
import { ClientLine, WorkBadge } from "./badges";
import { formatRange } from "@/lib/date-formats";
import { ResultGrid } from "./results";
import { FirstThenAll } from "./show-all";
import { MoreLink } from "./more-link";

const storyParts = ["challenge", "strategy", "execution", "results", "lessons"] as const;

function CaseStudyCard({ study, basePath }: { study: PublicCaseStudy; basePath: string }) {
  const t = useTranslations("publicPage.caseStudies");
  const locale = useLocale();
  const titleId = `case-study-${study.id}-title`;
  const parts = storyParts.filter((part) => study[part].trim());
  return (
    <article id={`case-study-${study.id}`} aria-labelledby={titleId} className="grid gap-4 rounded-card border border-border bg-bg p-4 sm:p-6 break-inside-avoid">
      <header className="grid gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <WorkBadge kind={study.workKind} />
          {study.periodStart && <span className="text-sm text-muted">{formatRange(study.periodStart, study.periodEnd, locale)}</span>}
        </div>
        <h3 id={titleId} className="text-xl font-semibold tracking-tight text-balance">
          {study.title}
        </h3>
        <ClientLine client={study.client} />
        {study.role && <p className="text-sm text-muted">{t("roleLine", { role: study.role })}</p>}
      </header>
      <ResultGrid results={study.keyResults.slice(0, 3)} currency={study.currency} label={t("keyResults")} />
      {study.challenge && (
        <p className="line-clamp-3 max-w-prose text-sm leading-relaxed whitespace-pre-line print:hidden">{markdownToPlainText(study.challenge)}</p>
      )}
      {/* On paper the whole story: a PDF has no "read more". */}
      {parts.length > 0 && (
        // One Markdown block for the whole story (its wrapper's classes are long; once per study keeps the page light).
        <div className="hidden print:block" data-print-story="">
          <Markdown source={parts.map((part) => `#### ${t(`parts.${part}`)}\n\n${study[part].trim()}`).join("\n\n")} className="text-sm" />
        </div>
      )}
      <p>
        <MoreLink href={`${basePath}/case-studies/${study.slug}`} label={t("read")} named={`: ${study.title}`} />
      </p>
    </article>
  );
}

/** Case studies lead with their key results, then link to the full story (printed in full on paper). */
export function CaseStudiesSection({ caseStudies, basePath }: { caseStudies: PublicCaseStudy[]; basePath: string }) {
  return (
    <FirstThenAll items={caseStudies} section="caseStudies" gap="gap-6" card={(study) => <CaseStudyCard key={study.id} study={study} basePath={basePath} />} />
  );
}

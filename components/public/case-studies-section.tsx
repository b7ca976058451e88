import { Icon } from "@/components/ui/sprite-icon";
import { useLocale, useTranslations } from "next-intl";
import { markdownToPlainText } from "@/lib/markdown/plain-text";
import type { PublicCaseStudy } from "@/lib/public/types";
import { ClientLine, WorkBadge } from "./badges";
import { formatRange } from "./format";
import { ResultGrid } from "./results";

/** Case studies lead with their key results, then link to the full story. */
export function CaseStudiesSection({ caseStudies, basePath }: { caseStudies: PublicCaseStudy[]; basePath: string }) {
  const t = useTranslations("publicPage.caseStudies");
  const locale = useLocale();
  return (
    <div className="grid gap-6">
      {caseStudies.map((study) => {
        const titleId = `case-study-${study.id}-title`;
        return (
          <article key={study.id} id={`case-study-${study.id}`} aria-labelledby={titleId} className="grid gap-4 rounded-card border border-border bg-bg p-4 sm:p-6 break-inside-avoid">
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
              <p className="line-clamp-3 max-w-prose text-sm leading-relaxed whitespace-pre-line print:line-clamp-none">{markdownToPlainText(study.challenge)}</p>
            )}
            <p>
              <a
                href={`${basePath}/case-studies/${study.slug}`}
                className="inline-flex items-center gap-1 text-sm font-medium text-accent underline-offset-2 hover:underline"
              >
                {t("read")}
                <span className="sr-only">: {study.title}</span>
                <Icon name="arrow-right" className="size-4" />
              </a>
            </p>
          </article>
        );
      })}
    </div>
  );
}

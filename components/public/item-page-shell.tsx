import { Icon } from "@/components/ui/sprite-icon";
import { useTranslations } from "next-intl";
import type { PublicPortfolio } from "@/lib/public/types";
import { PageFooter, type PageFooterExtras } from "./page-footer";
import { PublicFrame } from "./public-frame";

type ItemPageShellProps = {
  portfolio: PublicPortfolio;
  basePath: string;
  /** Where "back" goes on the portfolio page, e.g. "#caseStudies". */
  backAnchor: string;
  embedded?: boolean;
  banner?: React.ReactNode;
  /** Contact form and footer note (sharing). */
  footer?: PageFooterExtras;
  children: React.ReactNode;
};

/** The frame of a case study or document page: themed like the portfolio, with a way back to it. */
export function ItemPageShell({ portfolio, basePath, backAnchor, embedded = false, banner, footer, children }: ItemPageShellProps) {
  const t = useTranslations("publicPage");
  const Main = embedded ? "div" : "main";
  return (
    <PublicFrame theme={portfolio.theme} accentColor={portfolio.accentColor} skipLabel={embedded ? undefined : t("skip")} banner={banner}>
      <header className="border-b border-border bg-surface">
        <nav aria-label={t("nav.breadcrumb")} className="mx-auto flex max-w-3xl items-center gap-2 px-4 py-4 text-sm sm:px-6">
          <a href={`${basePath}${backAnchor}`} className="inline-flex items-center gap-1.5 font-medium text-accent underline-offset-2 hover:underline">
            <Icon name="arrow-left" className="size-4" />
            {t("backTo", { name: portfolio.displayName })}
          </a>
        </nav>
      </header>
      <Main id={embedded ? undefined : "main"} tabIndex={embedded ? undefined : -1} className="mx-auto grid max-w-3xl gap-10 px-4 py-10 outline-none sm:px-6">
        {children}
      </Main>
      <PageFooter portfolio={portfolio} {...footer} />
    </PublicFrame>
  );
}

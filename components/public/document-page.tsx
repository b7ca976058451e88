import { Icon } from "@/components/ui/sprite-icon";
import { useTranslations } from "next-intl";
import { unquote } from "@/lib/utils";
import { Markdown } from "@/components/markdown/markdown";
import type { PublicDocument, PublicPortfolio } from "@/lib/public/types";
import { ClientLine } from "./badges";
import { DocumentKindBadge } from "./documents-section";
import { ItemPageShell } from "./item-page-shell";
import type { PageFooterExtras } from "./page-footer";

type DocumentPageProps = {
  portfolio: PublicPortfolio;
  document: PublicDocument;
  basePath: string;
  embedded?: boolean;
  banner?: React.ReactNode;
  /** Contact form and footer note (sharing). */
  footer?: PageFooterExtras;
};

/** A strategy document in full: summary, the rendered Markdown body and the PDF with its page count. */
export function DocumentPage({ portfolio, document, basePath, embedded, banner, footer }: DocumentPageProps) {
  const t = useTranslations("publicPage.documents");
  const campaign = portfolio.campaigns.find((c) => c.id === document.campaignId);
  return (
    <ItemPageShell portfolio={portfolio} basePath={basePath} backAnchor="#documents" embedded={embedded} banner={banner} footer={footer}>
      <article className="grid gap-8">
        <header className="grid gap-3">
          <div>
            <DocumentKindBadge kind={document.kind} />
          </div>
          <h1 className="text-3xl font-semibold tracking-tight text-balance sm:text-4xl">{document.title}</h1>
          <ClientLine client={document.client} />
          {campaign && <p className="text-sm text-muted">{t("forCampaign", { campaign: unquote(campaign.title) })}</p>}
          {document.summary && <p className="text-lg text-pretty text-fg">{document.summary}</p>}
          {document.pdf && (
            <p>
              <a
                href={document.pdf.url}
                className="inline-flex h-10 items-center gap-2 rounded-lg border border-border bg-bg px-4 text-sm font-medium hover:bg-surface"
              >
                <Icon name="download" className="size-4" />
                {document.pdf.pageCount ? t("downloadPages", { count: document.pdf.pageCount }) : t("download")}
              </a>
            </p>
          )}
        </header>
        {document.body && <Markdown source={document.body} className="text-base" />}
      </article>
    </ItemPageShell>
  );
}

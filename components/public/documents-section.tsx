import { Icon } from "@/components/ui/sprite-icon";
import { useTranslations } from "next-intl";
import type { PublicDocument } from "@/lib/public/types";
import { ClientLine } from "./badges";
import { FirstThenAll } from "./show-all";
import { MoreLink } from "./more-link";

export function DocumentKindBadge({ kind }: { kind: PublicDocument["kind"] }) {
  const t = useTranslations("publicPage.documentKinds");
  return (
    <span className="inline-flex items-center gap-1 rounded-md bg-accent-soft px-2 py-0.5 text-xs font-medium text-accent">
      <Icon name="file-text" className="size-3.5" />
      {t(kind)}
    </span>
  );
}

function DocumentCard({ document, basePath }: { document: PublicDocument; basePath: string }) {
  const t = useTranslations("publicPage.documents");
  return (
    <article id={`document-${document.id}`} className="flex flex-col gap-2 rounded-card border border-border bg-bg p-4 sm:p-5 break-inside-avoid">
      <div>
        <DocumentKindBadge kind={document.kind} />
      </div>
      <h3 className="text-lg font-semibold text-balance">{document.title}</h3>
      <ClientLine client={document.client} />
      {document.summary && <p className="text-sm leading-relaxed whitespace-pre-line">{document.summary}</p>}
      <div className="mt-auto flex flex-wrap items-center gap-x-4 gap-y-1 pt-2 text-sm">
        {(document.body || document.pdf) && (
          <MoreLink href={`${basePath}/documents/${document.id}`} label={t("read")} named={`: ${document.title}`} />
        )}
        {document.pdf && (
          <span className="text-muted">
            {document.pdf.pageCount ? t("pdfPages", { count: document.pdf.pageCount }) : t("pdf")}
          </span>
        )}
      </div>
    </article>
  );
}

/** Strategy documents as summaries; each opens in full at /<handle>/documents/<id>. */
export function DocumentsSection({ documents, basePath }: { documents: PublicDocument[]; basePath: string }) {
  return (
    <FirstThenAll
      items={documents}
      section="documents"
      gap="gap-4"
      columns="md:grid-cols-2"
      card={(document) => <DocumentCard key={document.id} document={document} basePath={basePath} />}
    />
  );
}

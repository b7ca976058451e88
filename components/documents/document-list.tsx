"use client";

import { FileText } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { ItemList, ClientName, ItemHiddenSwitch, ItemTitle, itemTitleId } from "@/components/editor/item-list";
import type { DocumentListItem } from "@/lib/documents/types";

export function DocumentList({ documents }: { documents: DocumentListItem[] }) {
  return <ItemList items={documents} room="documents" renderItem={(document) => <DocumentRow document={document} />} />;
}

function DocumentRow({ document }: { document: DocumentListItem }) {
  const t = useTranslations("documents");
  const format = useFormatter();
  const client = document.confidential ? document.anonymizedLabel : document.client;
  return (
    <article aria-labelledby={itemTitleId("documents", document.id)}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="rounded-md bg-surface px-2 py-0.5 text-xs font-medium text-muted ring-1 ring-border">{t(`kinds.${document.kind}`)}</span>
        <ItemHiddenSwitch room="documents" item={document} />
      </div>
      <ItemTitle room="documents" item={document} className="mt-2" />
      {document.summary && <p className="mt-1 line-clamp-2 text-sm text-muted">{document.summary}</p>}
      <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
        {client && <ClientName name={client} confidential={document.confidential} />}
        {document.pdf && (
          <span className="inline-flex items-center gap-1">
            <FileText aria-hidden className="size-3.5" />
            {t("pdfPages", { count: document.pdf.pageCount ?? 0 })}
          </span>
        )}
        {document.campaign && <span>{t("linkedCampaign", { title: document.campaign.title })}</span>}
        <span>{t("updatedOn", { date: format.dateTime(new Date(document.updatedAt), { dateStyle: "medium" }) })}</span>
      </p>
    </article>
  );
}

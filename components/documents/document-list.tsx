"use client";

import { FileText, Lock } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { ItemActions } from "@/components/editor/item-actions";
import { ShowHideSwitch, useBadgeLabels } from "@/components/editor/show-hide-switch";
import { SortableList } from "@/components/editor/sortable-list";
import { deleteDocumentAction, duplicateDocumentAction, reorderDocumentsAction, setDocumentHiddenAction } from "@/lib/documents/actions";
import type { DocumentListItem } from "@/lib/documents/types";

export function DocumentList({ documents }: { documents: DocumentListItem[] }) {
  const t = useTranslations("documents");
  return (
    <SortableList
      items={documents}
      label={t("title")}
      getTitle={(document) => document.title}
      onReorder={(ids) => reorderDocumentsAction({ ids })}
      renderItem={(document) => <DocumentRow document={document} />}
      renderActions={(document) => (
        <ItemActions
          title={document.title}
          editHref={`/dashboard/documents/${document.id}`}
          onDuplicate={() => duplicateDocumentAction({ id: document.id })}
          onDelete={() => deleteDocumentAction({ id: document.id })}
          deleteTitle={t("deleteTitle", { title: document.title })}
          deleteBody={t("deleteBody")}
        />
      )}
    />
  );
}

function DocumentRow({ document }: { document: DocumentListItem }) {
  const t = useTranslations("documents");
  const format = useFormatter();
  const client = document.confidential ? document.anonymizedLabel : document.client;
  const switchLabels = useBadgeLabels(document.title);
  return (
    <article aria-labelledby={`document-${document.id}`}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="rounded-md bg-surface px-2 py-0.5 text-xs font-medium text-muted ring-1 ring-border">{t(`kinds.${document.kind}`)}</span>
        <ShowHideSwitch hidden={document.hidden} onChange={(hidden) => setDocumentHiddenAction({ id: document.id, hidden })} labels={switchLabels} />
      </div>
      <h3 id={`document-${document.id}`} className="mt-2 font-semibold">
        <Link href={`/dashboard/documents/${document.id}`} className="hover:underline">
          {document.title}
        </Link>
      </h3>
      {document.summary && <p className="mt-1 line-clamp-2 text-sm text-muted">{document.summary}</p>}
      <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
        {client && (
          <span className="inline-flex items-center gap-1">
            {document.confidential && <Lock aria-hidden className="size-3.5" />}
            {client}
          </span>
        )}
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

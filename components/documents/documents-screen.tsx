import { FileText, Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/editor/empty-state";
import { PageHeader } from "@/components/editor/page-header";
import { ButtonLink } from "@/components/ui/button-link";
import type { DocumentListItem } from "@/lib/documents/types";
import { DocumentList } from "./document-list";

export async function DocumentsScreen({ documents }: { documents: DocumentListItem[] }) {
  const t = await getTranslations();
  const add = (
    <ButtonLink href="/dashboard/documents/new">
      <Plus aria-hidden className="size-4" />
      {t("documents.add")}
    </ButtonLink>
  );
  return (
    <div>
      <PageHeader title={t("documents.title")} lead={t("documents.lead")} action={documents.length > 0 ? add : undefined} />
      {documents.length === 0 ? (
        <EmptyState
          icon={<FileText />}
          title={t("documents.emptyTitle")}
          body={t("documents.emptyBody")}
          example={t("documents.emptyExample")}
          action={add}
        />
      ) : (
        <>
          <p className="mb-3 text-xs text-muted">{t("editor.common.reorderHint")}</p>
          <DocumentList documents={documents} />
        </>
      )}
    </div>
  );
}

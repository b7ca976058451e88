import { FileText } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { ListScreen } from "@/components/editor/list-screen";
import type { DocumentListItem } from "@/lib/documents/types";
import { DocumentList } from "./document-list";

export async function DocumentsScreen({ documents }: { documents: DocumentListItem[] }) {
  const t = await getTranslations();
  return (
    <ListScreen
      icon={<FileText />}
      title={t("documents.title")}
      lead={t("documents.lead")}
      addHref="/dashboard/documents/new"
      addLabel={t("documents.add")}
      empty={documents.length === 0 ? { title: t("documents.emptyTitle"), body: t("documents.emptyBody"), example: t("documents.emptyExample") } : null}
      hint={t("editor.common.reorderHint")}
    >
      <DocumentList documents={documents} />
    </ListScreen>
  );
}

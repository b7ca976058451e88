import { FileText } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { ListScreen, listCopy } from "@/components/editor/list-screen";
import type { DocumentListItem } from "@/lib/documents/types";
import { DocumentList } from "./document-list";

export async function DocumentsScreen({ documents }: { documents: DocumentListItem[] }) {
  const t = await getTranslations();
  return (
    <ListScreen
      icon={<FileText />}
      {...listCopy(t, "documents", documents.length === 0)}
      addHref="/dashboard/documents/new"
      hint={t("editor.common.reorderHint")}
    >
      <DocumentList documents={documents} />
    </ListScreen>
  );
}

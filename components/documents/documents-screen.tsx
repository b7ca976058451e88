import { FileText } from "lucide-react";
import { RoomListScreen } from "@/components/editor/list-screen";
import type { DocumentListItem } from "@/lib/documents/types";
import { DocumentList } from "./document-list";

export function DocumentsScreen({ documents }: { documents: DocumentListItem[] }) {
  return (
    <RoomListScreen room="documents" icon={<FileText />} isEmpty={documents.length === 0} addHref="/dashboard/documents/new">
      <DocumentList documents={documents} />
    </RoomListScreen>
  );
}

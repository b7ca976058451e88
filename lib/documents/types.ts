import type { DocumentKind } from "@/lib/db/generated/enums";
import type { MediaView } from "@/lib/media/types";

export type DocumentView = {
  id: string;
  /** What the form sends back as `baseVersion` (#19). */
  version: number;
  position: number;
  hidden: boolean;
  title: string;
  kind: DocumentKind;
  summary: string;
  body: string;
  pdf: MediaView | null;
  campaign: { id: string; title: string } | null;
  client: string;
  confidential: boolean;
  anonymizedLabel: string;
  updatedAt: string;
};

/** A document as the list shows it (no body). */
export type DocumentListItem = Omit<DocumentView, "body"> & { bodyLength: number };

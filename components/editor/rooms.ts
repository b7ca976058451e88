import type { ListRoom } from "@/lib/list-actions";

/**
 * What the editor pieces know of each room with a list: its dashboard path (an item is edited at `${path}/${id}`),
 * the prefix of its list rows' heading ids, and for the item editors which uploads Save waits for.
 */
export const rooms = {
  calendars: { path: "/dashboard/calendars", rowId: "calendar" },
  campaigns: { path: "/dashboard/campaigns", rowId: "campaign", uploadKind: "file" },
  caseStudies: { path: "/dashboard/case-studies", rowId: "case-study", uploadKind: "image" },
  documents: { path: "/dashboard/documents", rowId: "document", uploadKind: "file" },
  samples: { path: "/dashboard/samples", rowId: "sample", uploadKind: "image" },
} as const satisfies Record<ListRoom, { path: string; rowId: string; uploadKind?: "file" | "image" }>;

/** A room whose items open in an editor form with uploads (campaigns, case studies, documents, samples). */
export type ItemEditorRoom = { [R in ListRoom]: (typeof rooms)[R] extends { uploadKind: string } ? R : never }[ListRoom];

// The pieces every list room's view shares, read the same way from its row (campaigns, samples, documents, case
// studies, calendars): its place in the owner's order and visibility, and who the work was for.

/** Its place in the owner's order (lib/portfolio/ordering.ts) and whether the public page shows it. */
export type ListItemView = { id: string; position: number; hidden: boolean };

/** Who the work was for, as the forms edit it (clientFields in lib/validation.ts) and the public page anonymizes it. */
export type ClientView = { client: string; confidential: boolean; anonymizedLabel: string };

export function toListItemView(row: ListItemView): ListItemView {
  return { id: row.id, position: row.position, hidden: row.hidden };
}

export function toClientView(row: ClientView): ClientView {
  return { client: row.client, confidential: row.confidential, anonymizedLabel: row.anonymizedLabel };
}

"use client";

import { callAction } from "@/components/ui/call-action";
import { kpiTableAction } from "@/lib/documents/kpi-actions";

/**
 * "Insert KPI table": the owner's own figures from the server; if that fails (offline, signed out),
 * the empty template, so the button never does nothing and never inserts anyone else's numbers.
 */
export async function insertKpiTable(insert: (snippet: string) => void, emptyTemplate: string): Promise<void> {
  const result = await callAction(kpiTableAction, {});
  insert(result.ok ? result.data.markdown : emptyTemplate);
}

import { fromOptionalIsoDate, toOptionalIsoDate } from "@/lib/dates";
import type { FigureView } from "./types";

// One mapping between the stored row and the view/input of a figure (a
// campaign metric or a case study's key result), so both rooms store and read
// a figure the same way.

type FigureRow = Omit<FigureView, "periodStart" | "periodEnd"> & { position: number; periodStart: Date | null; periodEnd: Date | null };
/** A figure as the forms send it, after its schema: the view without its id. */
type FigureInput = Omit<FigureView, "id">;

/** The columns a figure stores at `position`; a custom name is kept only for a custom figure. */
export function figureData(figure: FigureInput, position: number) {
  return {
    position,
    kind: figure.kind,
    customName: figure.kind === "CUSTOM" ? figure.customName : "",
    value: figure.value,
    baseline: figure.baseline,
    periodStart: fromOptionalIsoDate(figure.periodStart),
    periodEnd: fromOptionalIsoDate(figure.periodEnd),
    source: figure.source,
  };
}

/** A stored figure as lists and forms read it. */
export function toFigureView(row: FigureRow): FigureView {
  return {
    id: row.id,
    kind: row.kind,
    customName: row.customName,
    value: row.value,
    baseline: row.baseline,
    periodStart: toOptionalIsoDate(row.periodStart),
    periodEnd: toOptionalIsoDate(row.periodEnd),
    source: row.source,
  };
}

/** A stored figure's columns for its copy in a duplicated item (same place in the list). */
export function copyFigure(row: FigureRow) {
  return {
    position: row.position,
    kind: row.kind,
    customName: row.customName,
    value: row.value,
    baseline: row.baseline,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    source: row.source,
  };
}

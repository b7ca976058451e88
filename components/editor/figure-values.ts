/** A saved figure (a campaign's metric, a case study's key result) as the database gives it. */
type SavedFigure = {
  id: string;
  kind: string;
  customName: string;
  value: number;
  baseline: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  source: string;
};

/** A saved figure as the figure rows edit it: numbers as text, missing dates as "". */
export function figureFormValues<F extends SavedFigure>(figure: F) {
  return {
    id: figure.id,
    kind: figure.kind as F["kind"],
    customName: figure.customName,
    value: String(figure.value),
    baseline: figure.baseline === null ? "" : String(figure.baseline),
    periodStart: figure.periodStart ?? "",
    periodEnd: figure.periodEnd ?? "",
    source: figure.source as F["source"],
  };
}

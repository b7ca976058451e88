"use client";

import { useTranslations } from "next-intl";
import type { ComputedFigure, GrowthFigure } from "@/lib/metrics/formulas";
import { FigureList } from "./figure-list";

export type ComputedFiguresProps = {
  figures: ComputedFigure[];
  growths?: (GrowthFigure & { customName: string })[];
  currency?: string;
};

/** The editor's side panel: figures computed live from what is typed, each with its formula. */
export function ComputedFigures({ figures, growths = [], currency }: ComputedFiguresProps) {
  const t = useTranslations("editor.common");
  const tm = useTranslations("metrics");
  return (
    <section className="rounded-card border border-border p-4" aria-live="polite">
      <h2 id="computed-heading" className="text-sm font-semibold">
        {t("computedFigures")}
      </h2>
      {figures.length === 0 && growths.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{t("noFigures")}</p>
      ) : (
        <FigureList
          className="mt-3 sm:grid-cols-1"
          figures={figures}
          currency={currency}
          growths={growths.map((growth) => ({ ...growth, label: growth.kind === "CUSTOM" ? growth.customName : tm(`kinds.${growth.kind}`) }))}
        />
      )}
      <p className="mt-3 text-xs text-muted">{tm("notes.computed")}</p>
    </section>
  );
}

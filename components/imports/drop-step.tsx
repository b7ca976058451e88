"use client";

import { useTranslations } from "next-intl";
import type { ImportWizardState } from "./use-import-wizard";

const accepted = ".csv,.xlsx,.zip,.txt,text/csv,application/zip,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Step 1: drop or pick a file; what went wrong reading or saving it shows below. */
export function DropStep({ id, wizard }: { id: string; wizard: ImportWizardState }) {
  const t = useTranslations("imports");
  const { phase, errors, choose } = wizard;
  return (
    <>
      <div
        className="grid gap-2 rounded-card border border-dashed border-border p-6"
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          event.preventDefault();
          void choose(event.dataTransfer.files[0]);
        }}
      >
        <label htmlFor={`${id}-file`} className="font-medium">
          {t("drop.label")}
        </label>
        <p className="text-sm text-muted">{t("drop.hint")}</p>
        <input
          id={`${id}-file`}
          type="file"
          accept={accepted}
          className="text-sm"
          onChange={(event) => void choose(event.target.files?.[0])}
          disabled={phase.step === "reading" || phase.step === "saving"}
        />
        {phase.step === "reading" && (
          <p role="status" className="text-sm">
            {t("drop.reading", { name: phase.name })}
          </p>
        )}
      </div>

      {errors.length > 0 && (
        <div className="rounded-card border border-danger p-4 text-sm" role="alert" data-testid="import-errors">
          <p className="font-semibold">{t("errors.title")}</p>
          <ul className="mt-1 list-disc pl-5">
            {errors.map((error, index) => (
              <li key={index}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

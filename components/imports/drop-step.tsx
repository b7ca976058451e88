"use client";

import { useTranslations } from "next-intl";
import { ErrorList, FileDrop } from "@/components/ui/file-drop";
import type { ImportWizardState } from "./use-import-wizard";

const accepted = ".csv,.xlsx,.zip,.txt,text/csv,application/zip,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Step 1: drop or pick a file; what went wrong reading or saving it shows below. */
export function DropStep({ id, wizard }: { id: string; wizard: ImportWizardState }) {
  const t = useTranslations("imports");
  const { phase, errors, choose } = wizard;
  return (
    <>
      <FileDrop
        id={`${id}-file`}
        label={t("drop.label")}
        hint={t("drop.hint")}
        accept={accepted}
        onFile={(file) => void choose(file)}
        disabled={phase.step === "reading" || phase.step === "saving"}
        reading={phase.step === "reading" ? t("drop.reading", { name: phase.name }) : undefined}
      />
      <ErrorList title={t("errors.title")} errors={errors} testId="import-errors" />
    </>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import type { CampaignOption } from "@/lib/campaigns/types";
import type { ImportField } from "@/lib/imports/fields";
import { mapRow } from "@/lib/imports/rows";
import { saveImportSchema, type SaveImportInput } from "@/lib/imports/schema";
import type { ImportPreview } from "@/lib/imports/types";

export type ImportResult = { importId: string; sampleCount: number; campaignId: string | null; metricCount: number };
type Phase = { step: "drop" } | { step: "reading"; name: string } | { step: "review" } | { step: "saving" } | { step: "done"; result: ImportResult };

/** Sends the file (and the chosen options) to an import route; `ok` only with a JSON answer to a 2xx. */
async function postFile(url: string, file: File, options?: SaveImportInput): Promise<{ ok: boolean; json: unknown }> {
  const body = new FormData();
  body.set("file", file);
  if (options) body.set("options", JSON.stringify(options));
  const response = await fetch(url, { method: "POST", body }).catch(() => null);
  const json: unknown = response ? await response.json().catch(() => null) : null;
  return { ok: Boolean(response?.ok && json), json };
}

/** The wizard's state and its two round trips (preview, save); the steps only show it. */
export function useImportWizard(campaigns: CampaignOption[]) {
  const t = useTranslations("imports");
  const te = useTranslations("editor");
  const router = useRouter();
  const [phase, setPhase] = useState<Phase>({ step: "drop" });
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [decimal, setDecimal] = useState<"point" | "comma">("point");
  const [year, setYear] = useState<string>("");
  const [mappings, setMappings] = useState<Record<number, ImportField[]>>({});
  const [samplesOn, setSamplesOn] = useState(false);
  const [sampleTable, setSampleTable] = useState(0);
  const [sampleWorkKind, setSampleWorkKind] = useState("");
  const [campaignOn, setCampaignOn] = useState(false);
  const [campaignMode, setCampaignMode] = useState<"new" | "merge">("new");
  const [campaignId, setCampaignId] = useState(campaigns[0]?.id ?? "");
  const [title, setTitle] = useState("");
  const [campaignWorkKind, setCampaignWorkKind] = useState("");
  const [objective, setObjective] = useState<string>("AWARENESS");
  const [currency, setCurrency] = useState<string>("USD");

  const postTables = preview?.tables.filter((table) => table.grain === "post") ?? [];
  const dayTables = preview?.tables.filter((table) => table.grain === "day") ?? [];
  const yearNumber = /^\d{4}$/.test(year) ? Number(year) : null;
  const mappedRows = useMemo(
    () =>
      new Map(
        (preview?.tables ?? []).map((table) => [
          table.index,
          table.firstRows
            .slice(0, 20)
            .map((row) => mapRow(row, table.headers, mappings[table.index] ?? table.mapping, table.grain, { decimal, year: yearNumber })),
        ]),
      ),
    [preview, mappings, decimal, yearNumber],
  );

  function reset() {
    setPhase({ step: "drop" });
    setFile(null);
    setPreview(null);
    setErrors([]);
  }

  async function choose(picked: File | undefined) {
    if (!picked) return;
    setFile(picked);
    setErrors([]);
    setPhase({ step: "reading", name: picked.name });
    const { ok, json } = await postFile("/api/imports/preview", picked);
    if (!ok) {
      setErrors(messagesOf(json));
      setPhase({ step: "drop" });
      return;
    }
    const found = json as ImportPreview;
    setPreview(found);
    setDecimal(found.decimal);
    setMappings(Object.fromEntries(found.tables.map((table) => [table.index, table.mapping])));
    const firstPost = found.tables.find((table) => table.grain === "post");
    setSamplesOn(Boolean(firstPost));
    setSampleTable(firstPost?.index ?? 0);
    setCampaignOn(!firstPost && found.tables.some((table) => table.grain === "day"));
    setPhase({ step: "review" });
  }

  function messagesOf(json: unknown): string[] {
    const fieldErrors = (json as { fieldErrors?: Record<string, string[]> } | null)?.fieldErrors;
    if (!fieldErrors) return [t("errors.generic")];
    return Object.entries(fieldErrors).flatMap(([path, codes]) => {
      const row = /^rows\.(\d+)\.(\d+)$/.exec(path);
      if (row) {
        const problems = codes
          .map((code) => {
            const [name, ...column] = code.split(":");
            const key = (name ?? "").startsWith("invalid") ? "invalid" : name;
            return t(`rowProblems.${key}` as "rowProblems.date", { column: column.join(":") });
          })
          .join("; ");
        return [t("lineProblem", { line: Number(row[2]), problems })];
      }
      return codes.map((code) => {
        if (code.startsWith("imports.")) return t(code.slice("imports.".length) as "errors.generic");
        if (code === "missingFile") return t("fileErrors.missingFile");
        return t("errors.generic");
      });
    });
  }

  async function confirm() {
    if (!file || !preview) return;
    const options: SaveImportInput = {
      decimal,
      year: yearNumber,
      mappings: Object.fromEntries(Object.entries(mappings).map(([index, mapping]) => [String(index), mapping])),
      samples: samplesOn ? { table: sampleTable, workKind: sampleWorkKind as never } : null,
      campaign: campaignOn
        ? campaignMode === "new"
          ? {
              mode: "new",
              tables: dayTables.map((table) => table.index),
              title,
              workKind: campaignWorkKind as never,
              objective: objective as never,
              currency: currency as never,
            }
          : { mode: "merge", tables: dayTables.map((table) => table.index), campaignId }
        : null,
    };
    // The same schema the server checks.
    const checked = saveImportSchema.safeParse(options);
    if (!checked.success) {
      setErrors(
        checked.error.issues.map((issue) =>
          issue.message === "workKindRequired"
            ? `${t("choose.workKind")}: ${te("validation.workKindRequired")}`
            : issue.message.startsWith("imports.")
              ? t(issue.message.slice(8) as "errors.generic")
              : `${issue.path.join(".")}: ${issue.message}`,
        ),
      );
      return;
    }
    setErrors([]);
    setPhase({ step: "saving" });
    const { ok, json } = await postFile("/api/imports", file, options);
    if (!ok) {
      setErrors(messagesOf(json));
      setPhase({ step: "review" });
      return;
    }
    setPhase({ step: "done", result: json as ImportResult });
    router.refresh(); // the nav's counts and the import history are read again (the route answers the counts only)
  }

  function setMapping(tableIndex: number, fallback: ImportField[], column: number, field: ImportField) {
    setMappings((current) => {
      const next = [...(current[tableIndex] ?? fallback)];
      next[column] = field;
      return { ...current, [tableIndex]: next };
    });
  }

  return {
    phase,
    preview,
    errors,
    decimal,
    setDecimal,
    year,
    setYear,
    yearNumber,
    mappings,
    setMapping,
    mappedRows,
    postTables,
    dayTables,
    samplesOn,
    setSamplesOn,
    sampleTable,
    setSampleTable,
    sampleWorkKind,
    setSampleWorkKind,
    campaignOn,
    setCampaignOn,
    campaignMode,
    setCampaignMode,
    campaignId,
    setCampaignId,
    title,
    setTitle,
    campaignWorkKind,
    setCampaignWorkKind,
    objective,
    setObjective,
    currency,
    setCurrency,
    reset,
    choose,
    confirm,
  };
}

export type ImportWizardState = ReturnType<typeof useImportWizard>;

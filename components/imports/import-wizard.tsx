"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { objectiveValues } from "@/lib/campaigns/schema";
import { currencyValues } from "@/lib/money";
import { workKindValues } from "@/lib/validation";
import type { CampaignOption } from "@/lib/campaigns/types";
import type { ImportField } from "@/lib/imports/fields";
import { mapRow } from "@/lib/imports/rows";
import { saveImportSchema, type SaveImportInput } from "@/lib/imports/schema";
import type { ImportPreview, TableSummary } from "@/lib/imports/types";
import { PreviewTable } from "./preview-table";

type Result = { importId: string; sampleCount: number; campaignId: string | null; metricCount: number };
type Phase = { step: "drop" } | { step: "reading"; name: string } | { step: "review" } | { step: "saving" } | { step: "done"; result: Result };

const selectClass = "mt-1 block w-full rounded-lg border border-border bg-bg p-2 text-sm";

/** Drop a file → what we found → preview with mappings and bad rows → choose → confirm. */
export function ImportWizard({ campaigns }: { campaigns: CampaignOption[] }) {
  const t = useTranslations("imports");
  const te = useTranslations("editor");
  const id = useId();
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
    const body = new FormData();
    body.set("file", picked);
    const response = await fetch("/api/imports/preview", { method: "POST", body }).catch(() => null);
    const json = response ? await response.json().catch(() => null) : null;
    if (!response?.ok || !json) {
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
    const body = new FormData();
    body.set("file", file);
    body.set("options", JSON.stringify(options));
    const response = await fetch("/api/imports", { method: "POST", body }).catch(() => null);
    const json = response ? await response.json().catch(() => null) : null;
    if (!response?.ok || !json) {
      setErrors(messagesOf(json));
      setPhase({ step: "review" });
      return;
    }
    setPhase({ step: "done", result: json as Result });
  }

  if (phase.step === "done") {
    const { result } = phase;
    const platform = preview?.tables[0]?.platform ?? "OTHER";
    return (
      <section className="grid gap-3 rounded-card border border-border p-4" aria-labelledby={`${id}-done`}>
        <h2 id={`${id}-done`} className="text-lg font-semibold">
          {t("done.title")}
        </h2>
        <p role="status">
          {t("done.body", {
            samples: result.sampleCount,
            metrics: result.metricCount,
            both: result.sampleCount > 0 && result.metricCount > 0 ? "yes" : "no",
            source: t(`sources.${platform}`),
          })}
        </p>
        <div className="flex flex-wrap gap-3">
          {result.sampleCount > 0 && (
            <Link className="text-accent underline" href="/dashboard/samples">
              {t("done.samples")}
            </Link>
          )}
          {result.campaignId && (
            <Link className="text-accent underline" href={`/dashboard/campaigns/${result.campaignId}`}>
              {t("done.campaign")}
            </Link>
          )}
          <button type="button" className="text-accent underline" onClick={reset}>
            {t("done.again")}
          </button>
        </div>
      </section>
    );
  }

  return (
    <div className="grid gap-6">
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
          accept=".csv,.xlsx,.zip,.txt,text/csv,application/zip,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
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

      {preview && (phase.step === "review" || phase.step === "saving") && (
        <>
          <section className="grid gap-2" aria-labelledby={`${id}-found`}>
            <h2 id={`${id}-found`} className="text-lg font-semibold">
              {t("found.title")}
            </h2>
            <ul className="grid gap-1 text-sm" data-testid="found">
              {preview.tables.map((table) => (
                <FoundLine key={table.index} table={table} year={yearNumber} />
              ))}
            </ul>
            {preview.skipped.length > 0 && <p className="text-sm text-muted">{t("found.skipped", { names: preview.skipped.join(", ") })}</p>}
            <div className="flex flex-wrap gap-4">
              {preview.tables.some((table) => table.ambiguousNumbers > 0) && (
                <label className="text-sm">
                  {t("found.decimal")}
                  <select className={selectClass} value={decimal} onChange={(event) => setDecimal(event.target.value as "point" | "comma")}>
                    <option value="point">{t("found.decimalPoint")}</option>
                    <option value="comma">{t("found.decimalComma")}</option>
                  </select>
                  <span className="mt-1 block text-xs text-muted">
                    {t("found.ambiguous", { count: preview.tables.reduce((sum, table) => sum + table.ambiguousNumbers, 0) })}
                  </span>
                </label>
              )}
              {preview.tables.some((table) => table.needsYear) && (
                <label className="text-sm">
                  {t("found.year")}
                  <input className={selectClass} inputMode="numeric" maxLength={4} value={year} onChange={(event) => setYear(event.target.value.trim())} />
                  <span className="mt-1 block text-xs text-muted">{t("found.yearHint")}</span>
                </label>
              )}
            </div>
          </section>

          {preview.tables.map((table) => (
            <PreviewTable
              key={table.index}
              table={table}
              mapping={mappings[table.index] ?? table.mapping}
              rows={mappedRows.get(table.index) ?? []}
              onMappingChange={(column, field) =>
                setMappings((current) => {
                  const next = [...(current[table.index] ?? table.mapping)];
                  next[column] = field;
                  return { ...current, [table.index]: next };
                })
              }
            />
          ))}

          <section className="grid gap-4 rounded-card border border-border p-4" aria-labelledby={`${id}-choose`}>
            <h2 id={`${id}-choose`} className="text-lg font-semibold">
              {t("choose.title")}
            </h2>
            {postTables.length > 0 && (
              <fieldset className="grid gap-2">
                <label className="flex items-center gap-2 text-sm font-medium">
                  <input type="checkbox" checked={samplesOn} onChange={(event) => setSamplesOn(event.target.checked)} />
                  {t("choose.samples")}
                </label>
                {samplesOn && (
                  <div className="grid gap-3 sm:grid-cols-2">
                    {postTables.length > 1 && (
                      <label className="text-sm">
                        {t("choose.samplesFrom")}
                        <select className={selectClass} value={sampleTable} onChange={(event) => setSampleTable(Number(event.target.value))}>
                          {postTables.map((table) => (
                            <option key={table.index} value={table.index}>
                              {t(`reports.${table.formatId}` as "reports.x-content")}
                            </option>
                          ))}
                        </select>
                      </label>
                    )}
                    <WorkKindSelect label={t("choose.workKind")} value={sampleWorkKind} onChange={setSampleWorkKind} />
                  </div>
                )}
              </fieldset>
            )}
            {dayTables.length > 0 && (
              <fieldset className="grid gap-2">
                <label className="flex items-center gap-2 text-sm font-medium">
                  <input type="checkbox" checked={campaignOn} onChange={(event) => setCampaignOn(event.target.checked)} />
                  {t("choose.campaign")}
                </label>
                {campaignOn && (
                  <div className="grid gap-3">
                    <div className="flex flex-wrap gap-4 text-sm">
                      <label className="flex items-center gap-2">
                        <input type="radio" name={`${id}-mode`} checked={campaignMode === "new"} onChange={() => setCampaignMode("new")} />
                        {t("choose.newCampaign")}
                      </label>
                      <label className="flex items-center gap-2">
                        <input
                          type="radio"
                          name={`${id}-mode`}
                          checked={campaignMode === "merge"}
                          onChange={() => setCampaignMode("merge")}
                          disabled={campaigns.length === 0}
                        />
                        {t("choose.mergeCampaign")}
                      </label>
                    </div>
                    {campaignMode === "merge" ? (
                      <label className="text-sm">
                        {t("choose.existing")}
                        <select className={selectClass} value={campaignId} onChange={(event) => setCampaignId(event.target.value)}>
                          {campaigns.map((campaign) => (
                            <option key={campaign.id} value={campaign.id}>
                              {campaign.title}
                            </option>
                          ))}
                        </select>
                      </label>
                    ) : (
                      <div className="grid gap-3 sm:grid-cols-2">
                        <label className="text-sm">
                          {t("choose.campaignTitle")}
                          <input className={selectClass} value={title} maxLength={120} onChange={(event) => setTitle(event.target.value)} />
                        </label>
                        <WorkKindSelect label={t("choose.workKind")} value={campaignWorkKind} onChange={setCampaignWorkKind} />
                        <label className="text-sm">
                          {t("choose.objective")}
                          <select className={selectClass} value={objective} onChange={(event) => setObjective(event.target.value)}>
                            {objectiveValues.map((value) => (
                              <option key={value} value={value}>
                                {te(`objectives.${value}`)}
                              </option>
                            ))}
                          </select>
                        </label>
                        <label className="text-sm">
                          {t("choose.currency")}
                          <select className={selectClass} value={currency} onChange={(event) => setCurrency(event.target.value)}>
                            {currencyValues.map((value) => (
                              <option key={value} value={value}>
                                {value}
                              </option>
                            ))}
                          </select>
                        </label>
                      </div>
                    )}
                  </div>
                )}
              </fieldset>
            )}
            <div className="flex gap-3">
              <Button type="button" onClick={() => void confirm()} pending={phase.step === "saving"}>
                {phase.step === "saving" ? t("choose.saving") : t("choose.confirm")}
              </Button>
              <Button type="button" variant="secondary" onClick={reset}>
                {t("drop.another")}
              </Button>
            </div>
          </section>
        </>
      )}
    </div>
  );
}

function FoundLine({ table, year }: { table: TableSummary; year: number | null }) {
  const t = useTranslations("imports");
  const report = t(`reports.${table.formatId}` as "reports.x-content");
  const locale = useLocale();
  const date = (value: string) => {
    const iso = value.startsWith("--") ? (year ? `${year}${value.slice(1)}` : null) : value;
    if (!iso) return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`2024${value.slice(1)}T00:00:00Z`));
    return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
  };
  return (
    <li>
      <strong>{t("found.table", { report, rows: table.rowCount })}</strong>
      {table.dateRange && <>, {t("found.range", { from: date(table.dateRange.from), to: date(table.dateRange.to) })}</>}
      {table.source && <span className="text-muted"> ({table.source})</span>}
      {table.totalRows > 0 && <span className="block text-xs text-muted">{t("found.totals", { count: table.totalRows })}</span>}
    </li>
  );
}

function WorkKindSelect({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const t = useTranslations("imports");
  const te = useTranslations("editor");
  return (
    <label className="text-sm">
      {label}
      <select className={selectClass} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t("choose.workKindPlaceholder")}</option>
        {workKindValues.map((kind) => (
          <option key={kind} value={kind}>
            {te(`workKinds.${kind}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

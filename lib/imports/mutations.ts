import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound, type FieldErrors } from "@/lib/errors";
import { fromIsoDate } from "@/lib/dates";
import { ownPortfolioId } from "@/lib/portfolio/data";
import { MAX_METRICS, metricInputSchema, upsertCampaignSchema } from "@/lib/campaigns/schema";
import { upsertSampleSchema } from "@/lib/samples/schema";
import { revalidatePublicPage } from "@/lib/portfolio/mutations";
import { storage } from "@/lib/storage";
import { importKey } from "@/lib/storage/keys";
import { buildCampaignMetrics, buildSamples, rangeOf, type MetricRecord, type SampleRecord } from "./build";
import { ImportFileError } from "./errors";
import { readTables } from "./read";
import type { SaveImport } from "./schema";
import type { MappedRow, TableSummary } from "./types";

/** Rows inserted per statement: one transaction, a handful of round trips for 10,000 rows. */
const BATCH = 2000;

/** A new row id (the same alphabet and length limits as Prisma's cuids, which `idString` accepts). */
function newId(): string {
  return `i${randomUUID().replaceAll("-", "")}`;
}

type SampleRow = {
  id: string;
  position: number;
  platform: string;
  format: string;
  title: string;
  caption: string;
  hashtags: string[];
  postedAt: string | null;
  url: string | null;
  workKind: string;
} & Record<"reach" | "impressions" | "likes" | "comments" | "shares" | "saves" | "views" | "clicks", number | null>;

/**
 * One INSERT for a whole batch, its rows passed as one JSON parameter. Prisma's createMany
 * took ~5 s per 1,000 samples here (its query compiler works row by row); this takes milliseconds.
 * Every value was validated by upsertSampleSchema before it gets here.
 */
async function insertSamples(tx: Prisma.TransactionClient, portfolioId: string, importId: string, campaignId: string | null, rows: SampleRow[]): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "ContentSample" ("id", "portfolioId", "position", "platform", "format", "title", "caption", "hashtags", "postedAt", "url",
      "campaignId", "workKind", "reach", "impressions", "likes", "comments", "shares", "saves", "views", "clicks", "importId", "updatedAt")
    SELECT r."id", ${portfolioId}, r."position", r."platform"::"Platform", r."format"::"ContentFormat", r."title", r."caption",
      ARRAY(SELECT jsonb_array_elements_text(r."hashtags")), r."postedAt"::date, r."url", ${campaignId}, r."workKind"::"WorkKind",
      r."reach", r."impressions", r."likes", r."comments", r."shares", r."saves", r."views", r."clicks", ${importId}, CURRENT_TIMESTAMP
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r("id" text, "position" int, "platform" text, "format" text, "title" text,
      "caption" text, "hashtags" jsonb, "postedAt" text, "url" text, "workKind" text, "reach" float8, "impressions" float8, "likes" float8,
      "comments" float8, "shares" float8, "saves" float8, "views" float8, "clicks" float8)`;
}
/** Row errors sent back at most (the rest are counted). */
const MAX_ROW_ERRORS = 50;

export type SaveImportResult = { importId: string; sampleCount: number; campaignId: string | null; metricCount: number };

/** A file problem as the field error of the upload ("file"), with its limit when there is one. */
export function fileError(error: ImportFileError): AppError {
  return new AppError("VALIDATION", { fieldErrors: { file: [`imports.fileErrors.${error.code}`] } });
}

function rowErrors(tableIndex: number, rows: readonly MappedRow[], errors: FieldErrors): void {
  for (const row of rows) {
    if (row.problems.length === 0 || Object.keys(errors).length >= MAX_ROW_ERRORS) continue;
    errors[`rows.${tableIndex}.${row.line}`] = row.problems.map((problem) => `${problem.code}${problem.column ? `:${problem.column}` : ""}`);
  }
}

/**
 * Saves a confirmed import: reads the whole file again with the user's choices, refuses it
 * when any chosen row has a problem (nothing is saved: all or nothing), then stores the original
 * file and, in one transaction, the provenance row, the campaign's metrics and the samples
 * (batched inserts). The file is deleted again if the transaction fails, so nothing is left behind.
 */
export async function saveImport(userId: string, bytes: Uint8Array, options: SaveImport): Promise<SaveImportResult> {
  const wanted = [...(options.samples ? [options.samples.table] : []), ...(options.campaign?.tables ?? [])];
  let read: ReturnType<typeof readTables>;
  try {
    const mappings = Object.fromEntries(Object.entries(options.mappings).map(([index, mapping]) => [Number(index), mapping]));
    read = readTables(bytes, { decimal: options.decimal, year: options.year, tables: wanted, mappings });
  } catch (error) {
    if (error instanceof ImportFileError) throw fileError(error);
    throw error;
  }
  const { preview, rows } = read;
  const tableOf = (index: number): TableSummary => {
    const table = preview.tables[index];
    if (!table) throw new AppError("VALIDATION", { fieldErrors: { tables: ["imports.tableMissing"] } });
    return table;
  };
  for (const [index, mapping] of Object.entries(options.mappings)) {
    if (preview.tables[Number(index)] && mapping.length !== preview.tables[Number(index)]!.headers.length) {
      throw new AppError("VALIDATION", { fieldErrors: { mappings: ["imports.mappingMismatch"] } });
    }
  }

  const errors: FieldErrors = {};
  let samples: SampleRecord[] = [];
  let sampleTable: TableSummary | null = null;
  if (options.samples) {
    sampleTable = tableOf(options.samples.table);
    if (sampleTable.grain !== "post") throw new AppError("VALIDATION", { fieldErrors: { "samples.table": ["imports.notPerPost"] } });
    const sampleRows = rows.get(sampleTable.index) ?? [];
    rowErrors(sampleTable.index, sampleRows, errors);
    samples = buildSamples(sampleTable.formatId, sampleTable.platform, sampleRows);
  }
  const campaignTables = (options.campaign?.tables ?? []).map(tableOf);
  if (campaignTables.some((table) => table.grain !== "day")) throw new AppError("VALIDATION", { fieldErrors: { "campaign.tables": ["imports.notPerDay"] } });
  const dayRows = campaignTables.flatMap((table) => {
    const list = rows.get(table.index) ?? [];
    rowErrors(table.index, list, errors);
    return list;
  });
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", { fieldErrors: errors });
  const metrics = options.campaign ? buildCampaignMetrics(dayRows) : [];
  if (options.campaign && metrics.length === 0) throw new AppError("VALIDATION", { fieldErrors: { "campaign.tables": ["imports.noFigures"] } });

  // The same schemas as the editor's forms: an imported item is never something a form would refuse.
  const sampleData = samples.map((sample) => {
    const parsed = upsertSampleSchema.safeParse({
      ...sample,
      workKind: options.samples!.workKind,
      client: "",
      confidential: false,
      anonymizedLabel: "",
      campaignId: null,
      mediaIds: [],
    });
    if (!parsed.success) {
      errors[`rows.${sampleTable!.index}.${sample.line}`] = parsed.error.issues.map((issue) => `invalid:${issue.path.join(".")}`);
      return null;
    }
    return parsed.data;
  });
  const metricInputs = metrics.map((metric) => ({ ...metric, source: "ANALYTICS_EXPORT" as const, evidenceId: null }));
  for (const [index, metric] of metricInputs.entries()) {
    const parsed = metricInputSchema.safeParse(metric);
    if (!parsed.success) errors[`metrics.${index}`] = parsed.error.issues.map((issue) => `invalid:${issue.path.join(".")}`);
  }
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", { fieldErrors: errors });

  const chosenTables = [...(sampleTable ? [sampleTable] : []), ...campaignTables];
  const range = rangeOf([...(rows.get(sampleTable?.index ?? -1) ?? []), ...dayRows]);
  const portfolioId = await ownPortfolioId(userId);
  const importId = randomUUID().replaceAll("-", "");
  const key = importKey(userId, importId);
  await storage().put(key, bytes, "application/octet-stream");
  let result: SaveImportResult;
  try {
    result = await db().$transaction(
      async (tx) => {
        await tx.analyticsImport.create({
          data: {
            id: importId,
            userId,
            platform: chosenTables[0]!.platform,
            reports: [...new Set(chosenTables.map((table) => table.formatId))],
            rangeStart: range ? fromIsoDate(range.from) : null,
            rangeEnd: range ? fromIsoDate(range.to) : null,
            fileType: preview.container,
            fileBytes: bytes.length,
            fileKey: key,
          },
        });
        const campaignId = options.campaign ? await saveCampaign(tx, userId, portfolioId, importId, options.campaign, metrics, campaignTables, range) : null;
        const last = await tx.contentSample.aggregate({ where: { portfolioId }, _max: { position: true } });
        let position = (last._max.position ?? -1) + 1;
        for (let start = 0; start < sampleData.length; start += BATCH) {
          const batch = sampleData.slice(start, start + BATCH).map((sample) => ({
            id: newId(),
            position: position++,
            platform: sample!.platform,
            format: sample!.format,
            title: sample!.title,
            caption: sample!.caption,
            hashtags: sample!.hashtags,
            postedAt: sample!.postedAt,
            url: sample!.url,
            workKind: sample!.workKind,
            reach: sample!.reach,
            impressions: sample!.impressions,
            likes: sample!.likes,
            comments: sample!.comments,
            shares: sample!.shares,
            saves: sample!.saves,
            views: sample!.views,
            clicks: sample!.clicks,
          }));
          await insertSamples(tx, portfolioId, importId, campaignId, batch);
        }
        return { importId, sampleCount: sampleData.length, campaignId, metricCount: metrics.length };
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    await storage()
      .delete([key])
      .catch(() => {});
    throw error;
  }
  revalidatePublicPage(userId);
  return result;
}

async function saveCampaign(
  tx: Prisma.TransactionClient,
  userId: string,
  portfolioId: string,
  importId: string,
  choice: NonNullable<SaveImport["campaign"]>,
  metrics: MetricRecord[],
  tables: TableSummary[],
  range: { from: string; to: string } | null,
): Promise<string> {
  const metricRow = (metric: MetricRecord, position: number) => ({
    position,
    kind: metric.kind,
    customName: metric.customName,
    value: metric.value,
    baseline: metric.baseline,
    periodStart: fromIsoDate(metric.periodStart),
    periodEnd: fromIsoDate(metric.periodEnd),
    source: "ANALYTICS_EXPORT" as const,
    series: metric.series,
    importId,
  });

  if (choice.mode === "new") {
    const parsed = upsertCampaignSchema.safeParse({
      title: choice.title,
      client: "",
      confidential: false,
      anonymizedLabel: "",
      workKind: choice.workKind,
      platforms: [...new Set(tables.map((table) => table.platform))],
      startDate: range?.from,
      endDate: range?.to ?? null,
      objective: choice.objective,
      budget: null,
      currency: choice.currency,
      summary: "",
      metrics: metrics.map((metric) => ({ ...metric, source: "ANALYTICS_EXPORT", evidenceId: null })),
    });
    if (!parsed.success) throw new AppError("VALIDATION", { fieldErrors: { campaign: parsed.error.issues.map((issue) => `invalid:${issue.path.join(".")}`) } });
    const input = parsed.data;
    const last = await tx.campaign.aggregate({ where: { portfolioId }, _max: { position: true } });
    const campaign = await tx.campaign.create({
      data: {
        portfolioId,
        position: (last._max.position ?? -1) + 1,
        title: input.title,
        workKind: input.workKind,
        platforms: input.platforms,
        startDate: fromIsoDate(input.startDate),
        endDate: input.endDate ? fromIsoDate(input.endDate) : null,
        objective: input.objective,
        currency: input.currency,
      },
      select: { id: true },
    });
    await tx.metric.createMany({ data: metrics.map((metric, position) => ({ ...metricRow(metric, position), campaignId: campaign.id })) });
    return campaign.id;
  }

  // Merge: a metric of the same kind (and name) is replaced by the imported one, in its place.
  const campaign = await tx.campaign.findFirst({
    where: { id: choice.campaignId, portfolio: { userId } },
    select: { id: true, metrics: { select: { id: true, kind: true, customName: true, position: true }, orderBy: { position: "asc" } } },
  });
  if (!campaign) throw notFound();
  const sameAs = (metric: MetricRecord) => campaign.metrics.find((m) => m.kind === metric.kind && m.customName === metric.customName);
  const added = metrics.filter((metric) => !sameAs(metric));
  if (campaign.metrics.length + added.length > MAX_METRICS) throw new AppError("VALIDATION", { fieldErrors: { campaign: ["imports.tooManyMetrics"] } });
  for (const metric of metrics) {
    const existing = sameAs(metric);
    if (existing) await tx.metric.update({ where: { id: existing.id, campaignId: campaign.id }, data: metricRow(metric, existing.position) });
  }
  const start = (campaign.metrics.at(-1)?.position ?? -1) + 1;
  await tx.metric.createMany({ data: added.map((metric, i) => ({ ...metricRow(metric, start + i), campaignId: campaign.id })) });
  return campaign.id;
}

export { sweepOrphanImports } from "./sweep";

import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

// The import's largest tables (samples, metrics with their series, campaigns) go in as INSERT …
// SELECT FROM jsonb_to_recordset: a batch of rows is one JSON parameter. Prisma's createMany
// compiles and binds row by row (~5 s and hundreds of MB of its WebAssembly compiler's memory for
// 5,000 samples and 3,000 series here, see README "Export and move"); this is one statement per
// 1,000 rows that PostgreSQL parses itself. Table and column names are constants of this file.

/** A column: its name, its type in the JSON record, and how the record's value becomes the column's. */
type Column = { name: string; json: string; value?: string };

const plain = (name: string, json: string): Column => ({ name, json });
const cast = (name: string, json: string, type: string): Column => ({ name, json, value: `r."${name}"::${type}` });
// WITH ORDINALITY … ORDER BY: an array keeps its order (hashtags, platforms) by rule, not by chance.
const arrayOf = (name: string, type: string): Column => ({
  name,
  json: "jsonb",
  value: `ARRAY(SELECT e FROM jsonb_array_elements_text(r."${name}") WITH ORDINALITY AS t(e, n) ORDER BY n)::${type}[]`,
});
// The columns every item of the portfolio's ordered lists starts with (lib/portfolio/ordering.ts).
const listItem = [plain("id", "text"), plain("portfolioId", "text"), plain("position", "int"), plain("hidden", "boolean")];
const client = [plain("client", "text"), plain("confidential", "boolean"), plain("anonymizedLabel", "text")];
const counts = ["reach", "impressions", "likes", "comments", "shares", "saves", "views", "clicks"].map((name) => plain(name, "float8"));

const tables = {
  Campaign: {
    updatedAt: true,
    columns: [
      ...listItem,
      plain("title", "text"),
      ...client,
      cast("workKind", "text", `"WorkKind"`),
      arrayOf("platforms", `"Platform"`),
      cast("startDate", "text", "date"),
      cast("endDate", "text", "date"),
      cast("objective", "text", `"Objective"`),
      plain("budget", "float8"),
      plain("currency", "text"),
      plain("summary", "text"),
    ],
  },
  ContentSample: {
    updatedAt: true,
    columns: [
      ...listItem,
      cast("platform", "text", `"Platform"`),
      cast("format", "text", `"ContentFormat"`),
      plain("title", "text"),
      plain("caption", "text"),
      arrayOf("hashtags", "text"),
      cast("postedAt", "text", "date"),
      plain("url", "text"),
      plain("campaignId", "text"),
      cast("workKind", "text", `"WorkKind"`),
      ...client,
      ...counts,
      plain("importId", "text"),
    ],
  },
  Metric: {
    updatedAt: false,
    columns: [
      plain("id", "text"),
      plain("campaignId", "text"),
      plain("position", "int"),
      cast("kind", "text", `"MetricKind"`),
      plain("customName", "text"),
      plain("value", "float8"),
      plain("baseline", "float8"),
      cast("periodStart", "text", "date"),
      cast("periodEnd", "text", "date"),
      cast("source", "text", `"MetricSource"`),
      plain("evidenceId", "text"),
      plain("series", "jsonb"),
      plain("importId", "text"),
    ],
  },
} satisfies Record<string, { updatedAt: boolean; columns: Column[] }>;

export type BatchTable = keyof typeof tables;
/** Rows per statement: a JSON parameter of a few MB at most (a metric's series is at most 10,000 points). */
export const BATCH_ROWS = 1_000;

/** Inserts `rows` (dates as "YYYY-MM-DD", every column of the table's list present) in batches of BATCH_ROWS. */
export async function insertBatched(tx: Prisma.TransactionClient, table: BatchTable, rows: Record<string, unknown>[]): Promise<void> {
  const { columns, updatedAt } = tables[table];
  const names = [...columns.map((column) => `"${column.name}"`), ...(updatedAt ? [`"updatedAt"`] : [])].join(", ");
  const values = [...columns.map((column) => column.value ?? `r."${column.name}"`), ...(updatedAt ? ["CURRENT_TIMESTAMP"] : [])].join(", ");
  const record = columns.map((column) => `"${column.name}" ${column.json}`).join(", ");
  // A column added to lib/export/fields.ts but not here would be dropped without a word: refuse it.
  const known = new Set(columns.map((column) => column.name));
  const unknown = rows.length > 0 ? Object.keys(rows[0]!).filter((key) => !known.has(key)) : [];
  if (unknown.length > 0) throw new Error(`insertBatched(${table}): no column for ${unknown.join(", ")} in lib/export/insert.ts`);
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${values} FROM jsonb_to_recordset($1::jsonb) AS r(${record})`;
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    await tx.$executeRawUnsafe(sql, JSON.stringify(rows.slice(start, start + BATCH_ROWS)));
  }
}

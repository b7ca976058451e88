import "server-only";
import { exportViewsCsv, type CsvLabels } from "@/lib/analytics/data";
import { storage } from "@/lib/storage";
import { readPortfolioExport } from "./data";
import { prettyJsonStream } from "./json-stream";
import { streamZip, type ZipPart } from "./zip";

export const PORTFOLIO_JSON = "portfolio.json";
export const VIEWS_CSV = "analytics/views.csv";

/**
 * "Export everything" for `userId`: portfolio.json, every stored file it names (the bytes as
 * stored) and the views CSV the sharing page offers, as one streamed ZIP.
 */
export async function exportArchive(userId: string, csvLabels: CsvLabels): Promise<ReadableStream<Uint8Array>> {
  const { document, files } = await readPortfolioExport(userId);
  const csv = await exportViewsCsv(userId, csvLabels);
  const encoder = new TextEncoder();
  const parts: ZipPart[] = [
    // Written item by item (lib/export/json-stream.ts): a large account's document never becomes one string.
    { path: PORTFOLIO_JSON, compress: true, open: async () => prettyJsonStream(document) },
    { path: VIEWS_CSV, compress: true, open: async () => encoder.encode(`\uFEFF${csv}\r\n`) },
    ...files.map((file) => ({ path: file.path, compress: false, open: async () => (await storage().get(file.key))?.body ?? null })),
  ];
  return streamZip(parts, (path) => console.error(`Export of ${userId}: stored file missing for ${path}`));
}

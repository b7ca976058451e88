// What must hold after the soak and after a crash: every acknowledged save is
// in the database, no save is half-written, and stored files and media rows
// match one to one.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { storedSave, type Editor } from "./editors";

/**
 * Each editor's campaign holds one whole save: title and first metric from the
 * same save (one transaction), no metric lost, and at least the last save the
 * app acknowledged (at most the last one sent: a save cut off by a timeout or
 * a crash may have committed or not, but never in part).
 */
export async function checkSaves(client: pg.Client, editors: Editor[]): Promise<string[]> {
  const problems: string[] = [];
  for (const editor of editors) {
    const stored = await storedSave(client, editor);
    const where = `editor ${editor.index} (campaign ${editor.campaignId})`;
    if (stored.titleSeq === null && editor.lastAck > 0) problems.push(`${where}: title is not a soak save`);
    if (stored.titleSeq !== null && stored.titleSeq !== stored.metricSeq) {
      problems.push(`${where}: half-written save: title from save #${stored.titleSeq}, metric from #${stored.metricSeq}`);
    }
    if ((stored.titleSeq ?? 0) < editor.lastAck) problems.push(`${where}: acknowledged save #${editor.lastAck} lost (database has #${stored.titleSeq})`);
    if ((stored.titleSeq ?? 0) > editor.lastAttempt) problems.push(`${where}: database has save #${stored.titleSeq}, never sent`);
    if (stored.metrics !== editor.metricCount) problems.push(`${where}: ${stored.metrics} metrics, expected ${editor.metricCount}`);
  }
  return problems;
}

function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

/** Media rows whose files are missing, files no row names, and half-written uploads (the local store's *.tmp). */
export async function checkStorage(client: pg.Client, storageDir: string): Promise<{ rows: number; files: number; problems: string[] }> {
  const { rows } = await client.query<{ id: string; displayKey: string; thumbKey: string | null }>(`SELECT id, "displayKey", "thumbKey" FROM "Media"`);
  const files = filesUnder(storageDir);
  const onDisk = new Set(files);
  const named = new Set(rows.flatMap((row) => (row.thumbKey ? [row.displayKey, row.thumbKey] : [row.displayKey])));
  const problems: string[] = [];
  for (const row of rows) {
    for (const key of [row.displayKey, row.thumbKey]) if (key && !onDisk.has(key)) problems.push(`media ${row.id}: file ${key} missing`);
  }
  for (const file of files) {
    if (file.endsWith(".tmp")) problems.push(`half-written upload left behind: ${file}`);
    else if (!named.has(file)) problems.push(`orphan file (no media row): ${file}`);
  }
  return { rows: rows.length, files: files.length, problems };
}

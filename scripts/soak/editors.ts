// The soak's editors: each signs in as its own seeded account and saves its
// first campaign (title and first metric) in a loop through the real server
// action, posted to the campaign's own editor page as the form does, recording every acknowledged save and reading it back.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { callServerAction, signIn } from "./http";

export type Editor = {
  index: number;
  email: string;
  cookie: string;
  campaignId: string;
  metricCount: number;
  /** The campaign as the form would send it; each save changes the title and the first metric. */
  input: Record<string, unknown> & { metrics: Record<string, unknown>[] };
  lastAck: number;
  lastAttempt: number;
  /** The campaign's version as the last answer gave it: sent as `baseVersion` like the form (#19). */
  version: number;
  inFlight: number | null;
};

export type SaveStats = {
  latencies: number[];
  errors: Map<string, number>;
  acked: number;
  readBackFailures: string[];
  requestBytes: number;
  responseBytes: number;
};

export function newSaveStats(): SaveStats {
  return { latencies: [], errors: new Map(), acked: 0, readBackFailures: [], requestBytes: 0, responseBytes: 0 };
}

export const titleFor = (index: number, seq: number) => `Soak editor ${index} save #${seq}`;

/** Loads the editor's first campaign that has metrics, as the campaign form's values. */
async function loadCampaign(client: pg.Client, email: string): Promise<Pick<Editor, "campaignId" | "metricCount" | "input" | "version">> {
  const { rows } = await client.query(
    `SELECT c.id, c.client, c.confidential, c."anonymizedLabel", c."workKind", c.platforms::text[] AS platforms,
            to_char(c."startDate", 'YYYY-MM-DD') AS "startDate", to_char(c."endDate", 'YYYY-MM-DD') AS "endDate",
            c.objective, c.budget, c.currency, c.summary, c.version AS "baseVersion"
       FROM "Campaign" c JOIN "Portfolio" p ON p.id = c."portfolioId" JOIN "User" u ON u.id = p."userId"
      WHERE u.email = $1 AND EXISTS (SELECT 1 FROM "Metric" m WHERE m."campaignId" = c.id)
      ORDER BY c.position LIMIT 1`,
    [email],
  );
  // The version is the editor's own state (sent as `baseVersion` only when the last answer gave it), never part of the form's fields.
  const { baseVersion, ...campaign } = rows[0] ?? {};
  if (!rows[0]) throw new Error(`${email} has no campaign with metrics`);
  const metrics = await client.query(
    `SELECT id, kind, "customName", value, baseline, to_char("periodStart", 'YYYY-MM-DD') AS "periodStart",
            to_char("periodEnd", 'YYYY-MM-DD') AS "periodEnd", source, "evidenceId", series
       FROM "Metric" WHERE "campaignId" = $1 ORDER BY position`,
    [campaign.id],
  );
  return {
    campaignId: campaign.id,
    version: baseVersion,
    metricCount: metrics.rows.length,
    input: {
      ...campaign,
      endDate: campaign.endDate ?? "",
      metrics: metrics.rows.map((metric) => ({ ...metric, periodStart: metric.periodStart ?? "", periodEnd: metric.periodEnd ?? "" })),
    },
  };
}

export async function prepareEditors(base: string, dbUrl: string, accounts: { email: string; password: string }[]): Promise<Editor[]> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const editors: Editor[] = [];
    // One after another: sign-in attempts from one address are rate-limited (10 per 15 minutes) and only a success is refunded.
    for (const [index, { email, password }] of accounts.entries()) {
      const cookie = await signIn(base, email, password);
      editors.push({ index: index + 1, email, cookie, ...(await loadCampaign(client, email)), lastAck: 0, lastAttempt: 0, inFlight: null });
    }
    return editors;
  } finally {
    await client.end();
  }
}

/** The campaign's title and first metric as stored: which save they come from (null when they disagree or are no soak save). */
export async function storedSave(client: pg.Pool | pg.Client, editor: Editor): Promise<{ titleSeq: number | null; metricSeq: number | null; metrics: number }> {
  const { rows } = await client.query(
    `SELECT c.title, (SELECT value FROM "Metric" m WHERE m."campaignId" = c.id ORDER BY position LIMIT 1) AS value,
            (SELECT count(*)::int FROM "Metric" m WHERE m."campaignId" = c.id) AS metrics
       FROM "Campaign" c WHERE c.id = $1`,
    [editor.campaignId],
  );
  const row = rows[0] as { title: string; value: number | null; metrics: number } | undefined;
  const match = row?.title.match(/ save #(\d+)$/);
  return { titleSeq: match ? Number(match[1]) : null, metricSeq: row?.value ?? null, metrics: row?.metrics ?? 0 };
}

/**
 * The save's arguments as the campaign form sends them: this save's title and
 * first metric, the version the last answer gave (`baseVersion`) and a new
 * saveId per save. After a save whose answer never came (a timeout, a crash)
 * the version is unknown, as for an editor who reloads: that save goes without one.
 */
function saveArguments(editor: Editor, seq: number) {
  const [first, ...rest] = editor.input.metrics;
  const previousAnswered = seq === 1 || editor.lastAck === seq - 1;
  return {
    ...editor.input,
    title: titleFor(editor.index, seq),
    metrics: [{ ...first, value: seq }, ...rest],
    ...(previousAnswered ? { baseVersion: editor.version } : {}),
    saveId: randomUUID(),
  };
}

type LoopOptions = { base: string; actionId: string; timeoutMs: number; until: () => boolean; readBack?: pg.Pool };

/** One editor saving until `until()` says stop. */
async function editorLoop(editor: Editor, stats: SaveStats, options: LoopOptions): Promise<void> {
  while (!options.until()) {
    const seq = editor.lastAttempt + 1;
    editor.lastAttempt = seq;
    editor.inFlight = seq;
    const input = saveArguments(editor, seq);
    const started = performance.now();
    try {
      const call = await callServerAction(
        options.base,
        `/dashboard/campaigns/${editor.campaignId}`,
        options.actionId,
        [input],
        editor.cookie,
        options.timeoutMs,
      );
      stats.requestBytes += call.requestBytes;
      stats.responseBytes += call.responseBytes;
      const result = call.result as { ok?: boolean; code?: string };
      if (result?.ok) {
        stats.latencies.push(performance.now() - started);
        stats.acked++;
        editor.lastAck = seq;
        editor.version = (result as { data?: { version?: number } }).data?.version ?? editor.version;
        if (options.readBack) {
          const stored = await storedSave(options.readBack, editor);
          if (stored.titleSeq !== seq || stored.metricSeq !== seq) {
            stats.readBackFailures.push(`editor ${editor.index} save #${seq}: read back title #${stored.titleSeq}, metric ${stored.metricSeq}`);
          }
        }
      } else {
        count(stats, `action ${result?.code ?? "unreadable answer"}`);
      }
    } catch (error) {
      const name = error instanceof Error ? (error.name === "TimeoutError" ? "client timeout" : error.message.slice(0, 80)) : String(error);
      count(stats, name);
    } finally {
      editor.inFlight = null;
    }
  }
}

function count(stats: SaveStats, key: string) {
  stats.errors.set(key, (stats.errors.get(key) ?? 0) + 1);
}

export function runEditors(editors: Editor[], stats: SaveStats, options: LoopOptions): Promise<void> {
  return Promise.all(editors.map((editor) => editorLoop(editor, stats, options))).then(() => undefined);
}

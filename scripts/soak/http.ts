// Talking to the app over HTTP as a browser does, without a browser: a
// next-auth sign-in (session cookie) and a server action call.
//
// A server action is a POST to the page that uses it with the header
// `Next-Action: <id>`; the id is the key of the action in the build's
// `server/server-reference-manifest.json` (its entry names the export and the
// source file). Arguments that are plain data (our actions take one object)
// go as React's `encodeReply` sends them: a JSON array, `text/plain`. The
// answer is a React Flight stream: row 0 holds `{ a: "$@<row>" }`, the row of
// the action's return value, one JSON value per line (`<row>:<json>`).
import { readFileSync } from "node:fs";
import path from "node:path";

type ManifestEntry = { exportedName?: string; filename?: string; workers?: Record<string, unknown> };

/** The id of `exportedName` from `file` (e.g. "lib/campaigns/actions.ts") in the build in `distDir`. */
export function findActionId(distDir: string, file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const match = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === exportedName && (entry.filename ?? "").replace(/\\/g, "/").endsWith(file),
  );
  if (!match) throw new Error(`No server action ${exportedName} of ${file} in ${distDir}'s server-reference-manifest.json`);
  return match[0];
}

/** Signs in with email and password through next-auth's credentials callback; returns the Cookie header to send. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.endsWith("next-auth.session-token"))) {
    throw new Error(`Sign-in of ${email} failed (${response.status}): ${(await response.text()).slice(0, 200)}`);
  }
  return cookie();
}

/** Reads the action's return value out of a Flight response body. */
export function parseActionResponse(body: string): unknown {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  const root = JSON.parse(rows.get("0") ?? "null") as { a?: string } | null;
  const reference = root?.a;
  if (typeof reference !== "string" || !reference.startsWith("$@")) throw new Error(`Not a server action answer: ${body.slice(0, 200)}`);
  const row = rows.get(Number.parseInt(reference.slice(2), 16).toString(16));
  if (row === undefined) throw new Error(`The action's answer row ${reference} is missing: ${body.slice(0, 200)}`);
  // Flight writes undefined as "$undefined" and escapes strings starting with "$" as "$$".
  return JSON.parse(row, (_key, value: unknown) =>
    value === "$undefined" ? undefined : typeof value === "string" && value.startsWith("$$") ? value.slice(1) : value,
  );
}

export type ActionCall = { status: number; result: unknown; requestBytes: number; responseBytes: number };

/** Calls a server action as the page at `pagePath` would; throws on a non-200 answer or a timeout. */
export async function callServerAction(
  base: string,
  pagePath: string,
  actionId: string,
  args: unknown[],
  cookie: string,
  timeoutMs: number,
): Promise<ActionCall> {
  const body = JSON.stringify(args);
  const response = await fetch(`${base}${pagePath}`, {
    method: "POST",
    headers: {
      "next-action": actionId,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: base,
      cookie,
    },
    body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  return { status: response.status, result: parseActionResponse(text), requestBytes: Buffer.byteLength(body), responseBytes: Buffer.byteLength(text) };
}

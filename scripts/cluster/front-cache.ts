// Check 7 of `npm run test:cluster`: nginx's front cache (deploy/nginx.conf,
// issue #19). Readers of a public page are answered from nginx for up to 1 s
// (the app's `s-maxage=1`); an owner's publish or unpublish must reach a
// signed-out visitor through nginx within FRONT_CACHE_PROMISE_MS, the signed-in
// owner at once, and a signed-in dashboard page must never come from the cache.
import { setTimeout as sleep } from "node:timers/promises";
import { callServerAction } from "../soak/http";

/**
 * What README "Deploy" promises: 1 s of s-maxage, plus one background refresh (a route-cache
 * hit, since the owner's own request rendered the page), with room for a busy CI machine
 * (measured 0.4–2.6 s at load average 20+).
 */
export const FRONT_CACHE_PROMISE_MS = 5_000;

type Answer = { status: number; front: string | null; location: string | null };

async function get(base: string, pathname: string, cookie?: string): Promise<Answer> {
  const response = await fetch(`${base}${pathname}`, { headers: cookie ? { cookie } : {}, redirect: "manual", signal: AbortSignal.timeout(30_000) });
  await response.arrayBuffer();
  return { status: response.status, front: response.headers.get("x-front-cache"), location: response.headers.get("location") };
}

/** Polls `pathname` as a signed-out visitor every 50 ms until it answers `status`; the milliseconds it took (Infinity after 10 s). */
async function untilStatus(base: string, pathname: string, status: number, since: number): Promise<number> {
  while (Date.now() - since < 10_000) {
    if ((await get(base, pathname)).status === status) return Date.now() - since;
    await sleep(50);
  }
  return Number.POSITIVE_INFINITY;
}

export async function checkFrontCache(options: {
  lb: string;
  page: string;
  ownerCookie: string;
  visibilityActionId: string;
  check: (ok: boolean, what: string) => void;
  log: (line: string) => void;
}): Promise<void> {
  const { lb, page, ownerCookie, visibilityActionId, check, log } = options;
  log(`7. the front cache: ${page} through nginx`);
  // A flood of visitors: after the first, nginx answers them itself.
  const visits: Answer[] = [];
  for (let i = 0; i < 5; i++) visits.push(await get(lb, page));
  check(
    visits.every((visit) => visit.status === 200) && visits.some((visit) => visit.front === "HIT"),
    `7. visitors of ${page} are answered from nginx's cache (X-Front-Cache ${visits.map((visit) => visit.front).join(", ")})`,
  );
  // Two stored copies, gzipped and plain, each answered as stored (nginx compresses nothing per hit).
  const variant = async (encoding: "gzip" | "identity") => {
    let answer = { front: null as string | null, encoding: null as string | null, html: false };
    for (let i = 0; i < 3 && answer.front !== "HIT"; i++) {
      const response = await fetch(`${lb}${page}`, { headers: { "accept-encoding": encoding }, signal: AbortSignal.timeout(30_000) });
      const text = await response.text();
      answer = { front: response.headers.get("x-front-cache"), encoding: response.headers.get("content-encoding"), html: text.includes("</html>") };
    }
    return answer;
  };
  const [zipped, plain] = [await variant("gzip"), await variant("identity")];
  check(
    zipped.front === "HIT" && zipped.encoding === "gzip" && zipped.html && plain.front === "HIT" && plain.encoding === null && plain.html,
    `7. a gzip client and a plain one each get their own cached copy (gzip: ${zipped.front} ${zipped.encoding}; plain: ${plain.front} ${plain.encoding ?? "identity"})`,
  );
  const owner = await get(lb, page, ownerCookie);
  check(owner.status === 200 && owner.front === "BYPASS", `7. the signed-in owner's request bypasses the front cache (${owner.front})`);

  const setVisibility = async (visibility: "DRAFT" | "PUBLIC") => {
    const call = await callServerAction(lb, "/dashboard/publish", visibilityActionId, [{ visibility }], ownerCookie, 60_000);
    if ((call.result as { ok?: boolean }).ok !== true) throw new Error(`setVisibility ${visibility} failed: ${JSON.stringify(call.result)}`);
    return Date.now();
  };
  for (const [visibility, status] of [
    ["DRAFT", 404],
    ["PUBLIC", 200],
  ] as const) {
    await get(lb, page); // the cached copy is the one before the change
    const changed = await setVisibility(visibility);
    const ownerSees = await get(lb, page, ownerCookie);
    check(ownerSees.status === status, `7. ${visibility}: the owner's next request through nginx answers ${ownerSees.status} at once`);
    const took = await untilStatus(lb, page, status, changed);
    check(
      took <= FRONT_CACHE_PROMISE_MS,
      `7. ${visibility}: a visitor through nginx gets ${status} within ${FRONT_CACHE_PROMISE_MS} ms of the change (${Number.isFinite(took) ? `${took} ms` : "not within 10 s"})`,
    );
  }

  // Signed-in pages go to the app every time: the dashboard is never stored, so a
  // signed-out request after the owner's gets the sign-in redirect, not the owner's page.
  const dashboard = [await get(lb, "/dashboard", ownerCookie), await get(lb, "/dashboard", ownerCookie)];
  const anonymous = await get(lb, "/dashboard");
  check(
    dashboard.every((answer) => answer.status === 200 && answer.front === null) && anonymous.status !== 200 && anonymous.front === null,
    `7. /dashboard is never served from the front cache (signed in: ${dashboard.map((answer) => `${answer.status} ${answer.front ?? "not cached"}`).join(", ")}; signed out: ${anonymous.status} → ${anonymous.location ?? "-"})`,
  );
}

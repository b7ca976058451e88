export const dynamic = "force-dynamic";

/** Liveness: the process answers HTTP. Restart it when this fails; nothing else is checked. */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}

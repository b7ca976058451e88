import { readiness } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

/** Readiness: database, upload storage and cache. 503 sends traffic elsewhere; a degraded cache still serves (200). */
export async function GET() {
  const report = await readiness();
  return Response.json(report, { status: report.status === "unavailable" ? 503 : 200, headers: { "cache-control": "no-store" } });
}

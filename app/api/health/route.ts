import { databaseReachable } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await databaseReachable();
  return Response.json({ status: ok ? "ok" : "unavailable", database: ok }, { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}

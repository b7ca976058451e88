import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { checkHandle } from "@/lib/auth/data";
import { hitRateLimit } from "@/lib/rate-limit";

// The sign-up and settings forms ask as the user types (debounced): generous, but not a free enumeration API.
const rule = { limit: 120, windowMs: 60_000 };

/** GET /api/handles/<handle> → { handle, available, reason } */
export async function GET(request: Request, { params }: { params: Promise<{ handle: string }> }) {
  const limit = await hitRateLimit(`handles:ip:${clientIp(request.headers)}`, rule);
  if (!limit.allowed) {
    return NextResponse.json(
      { error: "RATE_LIMITED", retryAfterSeconds: limit.retryAfterSeconds },
      { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
    );
  }
  const { handle } = await params;
  const result = await checkHandle(decodeURIComponent(handle).slice(0, 100));
  return NextResponse.json(result, { headers: { "Cache-Control": "no-store" } });
}

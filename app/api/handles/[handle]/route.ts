import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { checkHandle } from "@/lib/auth/data";
import { getSessionUser } from "@/lib/auth/session";
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
  // Signed in (settings): the user's own handle, or one they changed away from and may take back, is available to them.
  const user = await getSessionUser();
  const result = await checkHandle(decodeURIComponent(handle).slice(0, 100), user?.id);
  return NextResponse.json(result, { headers: { "Cache-Control": "no-store" } });
}

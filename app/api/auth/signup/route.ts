import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { signUp } from "@/lib/auth/mutations";
import { signUpSchema } from "@/lib/auth/schema";
import { AppError } from "@/lib/errors";
import { issuesToFieldErrors } from "@/lib/safe-action";
import { configuredOrigin } from "@/lib/site";

/**
 * POST /api/auth/signup with JSON { name, email, handle, password }: the same
 * sign-up as the form's server action, for scripts and the e2e fixture.
 * 201 { email } · 400/409 { code, fieldErrors } · 429 { code, retryAfterSeconds }.
 * JSON only and same-origin only, so a cross-site form cannot post here.
 */
export async function POST(request: Request) {
  if (!request.headers.get("content-type")?.startsWith("application/json")) {
    return NextResponse.json({ code: "VALIDATION" }, { status: 415 });
  }
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(request.url).origin && origin !== configuredOrigin()) {
    return NextResponse.json({ code: "FORBIDDEN" }, { status: 403 });
  }
  const parsed = signUpSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    return NextResponse.json({ code: "VALIDATION", fieldErrors: issuesToFieldErrors(parsed.error.issues) }, { status: 400 });
  }
  try {
    const user = await signUp(parsed.data, { ip: clientIp(request.headers) });
    return NextResponse.json({ email: user.email }, { status: 201 });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const status = error.code === "RATE_LIMITED" ? 429 : error.code === "VALIDATION" ? 409 : 500;
    return NextResponse.json({ code: error.code, fieldErrors: error.fieldErrors, retryAfterSeconds: error.retryAfterSeconds }, { status });
  }
}

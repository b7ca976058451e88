import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { createTranslator } from "next-intl";
import { isOversizedActionPost, SERVER_ACTION_BODY_LIMIT_MB, tooLargeResponse } from "@/lib/body-limit";
import { defaultLocale } from "@/lib/i18n/config";
import messages from "@/lib/i18n/messages/en";

// Two jobs: refuse a server-action POST over the body limit with a clear 413
// page (Next itself would answer 500), and a cheap gate for signed-in areas.
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isOversizedActionPost({ method: request.method, pathname, contentLength: request.headers.get("content-length") })) {
    const t = createTranslator({ locale: defaultLocale, messages, namespace: "bodyTooLarge" });
    const back = request.headers.get("referer");
    const backHref = back && new URL(back, request.url).origin === request.nextUrl.origin ? back : pathname;
    return tooLargeResponse({ lang: defaultLocale, title: t("title"), body: t("body", { limit: SERVER_ACTION_BODY_LIMIT_MB }), back: t("back") }, backHref);
  }
  if (!isSignedInArea(pathname)) return NextResponse.next();

  // Only checks that a session JWT exists and decodes. The pages still call
  // requireUser(), which checks the user and the session version against the database.
  const path = `${pathname}${search}`;
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET });
  if (!token) {
    const login = new URL("/login", request.url);
    login.searchParams.set("next", path);
    return NextResponse.redirect(login);
  }
  // requireUser() reads this to send an expired session back to the same page.
  const headers = new Headers(request.headers);
  headers.set("x-pathname", path);
  return NextResponse.next({ request: { headers } });
}

function isSignedInArea(pathname: string): boolean {
  return ["/dashboard", "/settings"].some((area) => pathname === area || pathname.startsWith(`${area}/`));
}

export const config = {
  matcher: [
    "/dashboard",
    "/dashboard/:path*",
    "/settings",
    "/settings/:path*",
    // Any other page only when its body is 1,000,000 bytes or more (7+ digits), so
    // the public pages' ordinary requests never run the proxy.
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "content-length", value: "\\d{7,}" }] },
  ],
};

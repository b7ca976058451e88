import { NextResponse, type NextRequest } from "next/server";
import { encode, getToken } from "next-auth/jwt";
import { createTranslator } from "next-intl";
import { isOversizedActionPost, SERVER_ACTION_BODY_LIMIT_MB, tooLargeResponse } from "@/lib/body-limit";
import { defaultLocale } from "@/lib/i18n/config";
import messages from "@/lib/i18n/messages/en";
import { SESSION_MAX_AGE, secureCookiesFor, sessionCookieNameFor, sessionNeedsRenewal } from "@/lib/auth/session-policy";
import { createNonce, editorPolicy, isEditorPath, isForeignOrigin, isPossibleServerAction } from "@/lib/security/headers";

/**
 * Four jobs, each only where the matcher below sends a request:
 * - refuses a server action from another origin with a plain 403 (Next would
 *   answer 500 and log an error for every such request);
 * - refuses a server-action POST over the body limit with a clear 413 page
 *   (Next itself would answer 500);
 * - gives the editor (dashboard, settings, sign-in/up) a CSP with a fresh
 *   nonce, which Next reads from the request and puts on its scripts;
 * - a cheap gate for signed-in areas: only checks that a session JWT exists
 *   and decodes. The pages still call requireUser(), which checks the user,
 *   the session version and sign-outs against the database. A session is a
 *   week long and slides: once its token is a day old, the next visit here
 *   re-issues it for another week (once a day, not on every request).
 */
export async function proxy(request: NextRequest) {
  if (isPossibleServerAction(request.method, request.headers) && isForeignOrigin(request.headers)) {
    return new NextResponse("Forbidden", { status: 403, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
  const { pathname, search } = request.nextUrl;
  if (isOversizedActionPost({ method: request.method, pathname, contentLength: request.headers.get("content-length") })) {
    const t = createTranslator({ locale: defaultLocale, messages, namespace: "bodyTooLarge" });
    const back = request.headers.get("referer");
    const backHref = back && new URL(back, request.url).origin === request.nextUrl.origin ? back : pathname;
    return tooLargeResponse({ lang: defaultLocale, title: t("title"), body: t("body", { limit: SERVER_ACTION_BODY_LIMIT_MB }), back: t("back") }, backHref);
  }
  if (!isEditorPath(pathname)) return NextResponse.next();

  const headers = new Headers(request.headers);
  const csp = editorPolicy({
    nonce: createNonce(),
    dev: process.env.NODE_ENV === "development",
    https: process.env.NEXTAUTH_URL?.startsWith("https:") ?? false,
  });
  headers.set("content-security-policy", csp);

  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  let renewed: string | null = null;
  if (!pathname.startsWith("/login") && !pathname.startsWith("/signup")) {
    const path = `${pathname}${search}`;
    const token = await getToken({ req: request, secret });
    if (!token) {
      const login = new URL("/login", request.url);
      login.searchParams.set("next", path);
      return NextResponse.redirect(login);
    }
    // requireUser() reads this to send an expired session back to the same page.
    headers.set("x-pathname", path);
    if (secret && sessionNeedsRenewal(token.iat, Math.floor(Date.now() / 1000))) {
      // Same claims (user, session id and version, sign-in time); encode() sets new iat/exp/jti.
      const claims = Object.fromEntries(Object.entries(token).filter(([key]) => !["iat", "exp", "jti"].includes(key)));
      renewed = await encode({ token: claims, secret, maxAge: SESSION_MAX_AGE });
    }
  }
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  if (renewed) {
    const publicUrl = process.env.NEXTAUTH_URL;
    response.cookies.set(sessionCookieNameFor(publicUrl), renewed, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: secureCookiesFor(publicUrl),
      maxAge: SESSION_MAX_AGE,
    });
  }
  return response;
}

// Static, as Next requires. The last two catch server actions on any page
// (a JavaScript call carries Next-Action; a form posted without JavaScript is
// multipart), so ordinary page views of the cached reading pages skip the proxy.
export const config = {
  matcher: [
    "/dashboard",
    "/dashboard/:path*",
    "/settings",
    "/settings/:path*",
    "/login",
    "/signup",
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
    // Any other page only when its body is 1,000,000 bytes or more (7+ digits), so
    // the public pages' ordinary requests never run the proxy.
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "content-length", value: "\\d{7,}" }] },
  ],
};

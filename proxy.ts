import { NextResponse, type NextRequest } from "next/server";
import { encode, getToken } from "next-auth/jwt";
import { SESSION_MAX_AGE, secureCookiesFor, sessionCookieNameFor, sessionNeedsRenewal } from "@/lib/auth/session-policy";

// Cheap gate for signed-in areas: only checks that a session JWT exists and
// decodes. The pages still call requireUser(), which checks the user, the
// session version and sign-outs against the database. A session is a week
// long and slides: once its token is a day old, the next visit here re-issues
// it for another week (once a day, not on every request).
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const path = `${pathname}${search}`;
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  const token = await getToken({ req: request, secret });
  if (!token) {
    const login = new URL("/login", request.url);
    login.searchParams.set("next", path);
    return NextResponse.redirect(login);
  }
  // requireUser() reads this to send an expired session back to the same page.
  const headers = new Headers(request.headers);
  headers.set("x-pathname", path);
  const response = NextResponse.next({ request: { headers } });
  if (secret && sessionNeedsRenewal(token.iat, Math.floor(Date.now() / 1000))) {
    // Same claims (user, session id and version, sign-in time); encode() sets new iat/exp/jti.
    const claims = Object.fromEntries(Object.entries(token).filter(([key]) => !["iat", "exp", "jti"].includes(key)));
    const publicUrl = process.env.NEXTAUTH_URL;
    response.cookies.set(sessionCookieNameFor(publicUrl), await encode({ token: claims, secret, maxAge: SESSION_MAX_AGE }), {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: secureCookiesFor(publicUrl),
      maxAge: SESSION_MAX_AGE,
    });
  }
  return response;
}

export const config = { matcher: ["/dashboard", "/dashboard/:path*", "/settings", "/settings/:path*"] };

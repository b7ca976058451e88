import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { createNonce, editorPolicy, isEditorPath, isForeignOrigin, isPossibleServerAction } from "@/lib/security/headers";

/**
 * Three jobs, each only where the matcher below sends a request:
 * - refuses a server action from another origin with a plain 403 (Next would
 *   answer 500 and log an error for every such request);
 * - gives the editor (dashboard, settings, sign-in/up) a CSP with a fresh
 *   nonce, which Next reads from the request and puts on its scripts;
 * - a cheap gate for signed-in areas: only checks that a session JWT exists
 *   and decodes. The pages still call requireUser(), which checks the user
 *   and the session version against the database.
 */
export async function proxy(request: NextRequest) {
  if (isPossibleServerAction(request.method, request.headers) && isForeignOrigin(request.headers)) {
    return new NextResponse("Forbidden", { status: 403, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
  const { pathname, search } = request.nextUrl;
  if (!isEditorPath(pathname)) return NextResponse.next();

  const headers = new Headers(request.headers);
  const csp = editorPolicy({
    nonce: createNonce(),
    dev: process.env.NODE_ENV === "development",
    https: process.env.NEXTAUTH_URL?.startsWith("https:") ?? false,
  });
  headers.set("content-security-policy", csp);

  if (!pathname.startsWith("/login") && !pathname.startsWith("/signup")) {
    const path = `${pathname}${search}`;
    const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET });
    if (!token) {
      const login = new URL("/login", request.url);
      login.searchParams.set("next", path);
      return NextResponse.redirect(login);
    }
    // requireUser() reads this to send an expired session back to the same page.
    headers.set("x-pathname", path);
  }
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
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
  ],
};

import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

// Cheap gate for signed-in areas: only checks that a session JWT exists and
// decodes. The pages still call requireUser(), which checks the user and the
// session version against the database.
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
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

export const config = { matcher: ["/dashboard", "/dashboard/:path*", "/settings", "/settings/:path*"] };

import "server-only";
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/env";

/** The signed-in user's id from the session cookie, if any (owners' own views are not counted). */
export async function viewerUserId(request: NextRequest): Promise<string | null> {
  try {
    const token = await getToken({ req: request, secret: env().authSecret });
    const id = (token?.uid ?? token?.sub) as unknown;
    return typeof id === "string" ? id : null;
  } catch {
    return null;
  }
}

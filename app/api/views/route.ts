import { after, type NextRequest } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { recordView } from "@/lib/analytics/record";
import { viewerUserId } from "@/lib/analytics/viewer";

// The view beacon: pages stay statically cached and render a 1×1 image (or,
// with JavaScript, request it with document.referrer). The answer goes out at
// once; the view is recorded after it, and a failure never reaches the page.

const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

function pixel(): Response {
  return new Response(PIXEL, {
    headers: {
      "Content-Type": "image/gif",
      "Content-Length": String(PIXEL.length),
      "Cache-Control": "no-store, max-age=0",
      "X-Robots-Tag": "noindex",
    },
  });
}

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const token = params.get("t");
  const handle = params.get("h");
  if (!token && !handle) return pixel();
  const headers = new Headers(request.headers);
  const ip = clientIp(headers);
  const referrer = params.get("r");
  const target = params.get("p");
  const viewer = await viewerUserId(request);
  after(async () => {
    try {
      await recordView(token ? { token } : { handle: handle as string }, target, { headers, ip, viewerUserId: viewer, referrer });
    } catch (error) {
      console.error("Recording a view failed.", error);
    }
  });
  return pixel();
}

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Route handlers read messages through next-intl's request config, which only Next sets up: the same English messages, directly.
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));
// The app itself is not running here: a stand-in answers the generator's print request on "the app's origin".
const stand = vi.hoisted(() => ({ origin: "" }));
vi.mock("@/lib/pdf/origin", () => ({ internalOrigin: () => stand.origin, printedLinkOrigin: () => "https://postfolio.example" }));

import { GET as publicPdf } from "@/app/[handle]/pdf/route";
import { GET as sharedPdf } from "@/app/s/[token]/pdf/route";
import { db } from "@/lib/db/client";
import { closeBrowser } from "@/lib/pdf/browser";
import { createUser } from "@/lib/seed/factories";
import { createShareLink, revokeShareLink } from "@/lib/sharing/mutations";
import { isPdf, pdfPageTexts } from "@/tests/support/pdf-text";

const HIDDEN_NAME = "Riley Hidden-Name";
let server: Server;
const printed: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    printed.push(request.url ?? "");
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><title>print</title><h1>Printed ${request.url}</h1>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  stand.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await closeBrowser();
  server?.close();
});

async function owner(visibility: "PUBLIC" | "UNLISTED" | "DRAFT") {
  const user = await createUser(db());
  await db().portfolio.update({ where: { userId: user.id }, data: { displayName: HIDDEN_NAME, visibility } });
  return user;
}

const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });
const forHandle = (handle: string, headers?: Record<string, string>) => publicPdf(get(`/${handle}/pdf`, headers), { params: Promise.resolve({ handle }) });
const forToken = (token: string) => sharedPdf(get(`/s/${token}/pdf`), { params: Promise.resolve({ token }) });

describe("GET /<handle>/pdf", () => {
  it("is a 404 for unknown handles and for draft and unlisted portfolios, printing nothing", async () => {
    const draft = await owner("DRAFT");
    const unlisted = await owner("UNLISTED");
    for (const handle of ["nobody-has-this-handle", draft.handle, unlisted.handle, "../etc"]) {
      const response = await forHandle(handle);
      expect(response.status, handle).toBe(404);
      expect(response.headers.get("content-type")).toContain("text/plain");
      expect(await response.text()).not.toContain(HIDDEN_NAME);
    }
    expect(printed).toEqual([]);
  });

  it("prints a public portfolio's page as an attachment, then answers 304 to its ETag", async () => {
    const user = await owner("PUBLIC");
    const response = await forHandle(user.handle.toUpperCase());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${user.handle}-portfolio.pdf"`);
    expect(response.headers.get("x-robots-tag")).toContain("noindex");
    expect(response.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(isPdf(bytes)).toBe(true);
    // The handle in the printed address is the stored one, not the request's spelling.
    expect((await pdfPageTexts(bytes))[0]).toContain(`Printed /${user.handle}`);

    const etag = response.headers.get("etag")!;
    const printsBefore = printed.length;
    const again = await forHandle(user.handle, { "if-none-match": etag });
    expect(again.status).toBe(304);
    // Unchanged view: served from memory, not printed again.
    const cached = await forHandle(user.handle);
    expect(cached.status).toBe(200);
    expect(printed.length).toBe(printsBefore);

    // A visible change makes a new PDF.
    await db().portfolio.update({ where: { userId: user.id }, data: { headline: "Community manager" } });
    const changed = await forHandle(user.handle);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(printed.length).toBe(printsBefore + 1);
  }, 60_000);
});

describe("GET /s/<token>/pdf", () => {
  const linkInput = { recipientName: "Jane", company: "Acme", note: "", expiresAt: null, sections: ["campaigns" as const], anonymizeAll: false };

  it("follows the share page's rules: revoked 410, a draft's link or an unknown token 404", async () => {
    const user = await owner("UNLISTED");
    const link = await createShareLink(user.id, linkInput);
    await revokeShareLink(user.id, link.id);
    const revoked = await forToken(link.token);
    expect(revoked.status).toBe(410);
    expect(await revoked.text()).not.toContain(HIDDEN_NAME);

    const draftOwner = await owner("DRAFT");
    const draftLink = await createShareLink(draftOwner.id, linkInput);
    expect((await forToken(draftLink.token)).status).toBe(404);
    expect((await forToken("not-a-real-token")).status).toBe(404);
  });

  it("prints an unlisted portfolio through an active link, privately", async () => {
    const user = await owner("UNLISTED");
    const link = await createShareLink(user.id, linkInput);
    const response = await forToken(link.token);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("etag")).toBeNull();
    expect(printed).toContain(`/s/${link.token}`);
  }, 60_000);
});

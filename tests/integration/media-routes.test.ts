import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => (await import("@/tests/support/temp-storage")).tempStorageDir("postfolio-media-"));

// The session comes from next-auth's cookie in the app; here the test picks who is signed in (actAs).
vi.mock("@/lib/auth/session", () => import("@/tests/support/acting-user"));
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/seed/factories";
import { POST } from "@/app/api/media/route";
import { GET } from "@/app/api/media/[id]/[variant]/route";
import type { MediaView } from "@/lib/media/types";
import { loadSharedPortfolio, getSharedPortfolio } from "@/lib/sharing/read-model";
import { revokeShareLink } from "@/lib/sharing/mutations";
import { generateShareToken } from "@/lib/sharing/token";
import { minimalPdf, scriptedPdf } from "../unit/media-fixtures";
import { actAs } from "@/tests/support/acting-user";

const origin = "http://localhost:3000";
let png: Uint8Array<ArrayBuffer>;

beforeAll(async () => {
  png = new Uint8Array(
    await sharp({ create: { width: 64, height: 48, channels: 3, background: "#f59e0b" } })
      .png()
      .toBuffer(),
  );
});

function uploadRequest(fields: { file?: Blob; name?: string; alt?: string; purpose?: string }, headers: Record<string, string> = { origin }) {
  const form = new FormData();
  if (fields.file) form.set("file", fields.file, fields.name ?? "Client X - confidential.png");
  if (fields.alt !== undefined) form.set("alt", fields.alt);
  form.set("purpose", fields.purpose ?? "sample");
  return new Request(`${origin}/api/media`, { method: "POST", body: form, headers: { host: "localhost:3000", ...headers } });
}

function read(id: string, variant: string, headers: Record<string, string> = {}) {
  return get(`${origin}/api/media/${id}/${variant}`, id, variant, headers);
}

function get(url: string, id: string, variant: string, headers: Record<string, string> = {}) {
  return GET(new Request(url, { headers }), { params: Promise.resolve({ id, variant }) });
}

async function signIn() {
  const user = await createUser(db());
  actAs(user);
  return user;
}

describe("POST /api/media", () => {
  it("401 without a session, 403 from another origin", async () => {
    actAs(null);
    expect((await POST(uploadRequest({ file: new Blob([png]), alt: "x" }))).status).toBe(401);
    await signIn();
    const crossSite = await POST(uploadRequest({ file: new Blob([png]), alt: "x" }, { origin: "https://evil.example" }));
    expect(crossSite.status).toBe(403);
  });

  it("201 with the media, decided from the bytes whatever the name and type claim", async () => {
    const user = await signIn();
    const response = await POST(uploadRequest({ file: new Blob([png], { type: "application/pdf" }), name: "deck.pdf", alt: "Story frame" }));
    expect(response.status).toBe(201);
    const media = (await response.json()) as MediaView;
    expect(media).toMatchObject({ kind: "IMAGE", width: 64, height: 48, alt: "Story frame", pageCount: null });
    expect(Object.keys(media).sort()).toEqual(["alt", "height", "id", "kind", "pageCount", "thumbUrl", "url", "width"]);
    expect(await db().media.count({ where: { userId: user.id } })).toBe(1);
  });

  it("422 with field errors beside the right field", async () => {
    await signIn();
    // Alt text may come later (the upload starts when the file is picked; the item's save requires it), but not too long.
    const noAlt = await POST(uploadRequest({ file: new Blob([png]), alt: "" }));
    expect(noAlt.status).toBe(201);
    const longAlt = await POST(uploadRequest({ file: new Blob([png]), alt: "x".repeat(301) }));
    expect(longAlt.status).toBe(422);
    expect(await longAlt.json()).toEqual({ code: "VALIDATION", fieldErrors: { alt: ["altTooLong"] } });

    const svg = new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>'], { type: "image/png" });
    const refused = await POST(uploadRequest({ file: svg, alt: "x", purpose: "evidence" }));
    expect(refused.status).toBe(422);
    expect(await refused.json()).toEqual({ code: "VALIDATION", fieldErrors: { file: ["unsupportedType"] } });

    const noFile = await POST(uploadRequest({ alt: "x" }));
    expect((await noFile.json()).fieldErrors).toEqual({ file: ["missingFile"] });
  });

  it("413 for an image over 10 MB", async () => {
    await signIn();
    const big = new Uint8Array(10 * 1024 * 1024 + 10);
    big.set(png);
    const response = await POST(uploadRequest({ file: new Blob([big]), alt: "x" }));
    expect(response.status).toBe(413);
    expect((await response.json()).fieldErrors).toEqual({ file: ["imageTooLarge"] });
  });
});

describe("GET /api/media/<id>/<variant>", () => {
  it("serves the owner with private caching, safe headers and a generic file name", async () => {
    await signIn();
    const media = (await (await POST(uploadRequest({ file: new Blob([png]), alt: "Chart" }))).json()) as MediaView;

    const display = await read(media.id, "display");
    expect(display.status).toBe(200);
    expect(display.headers.get("content-type")).toBe("image/webp");
    expect(display.headers.get("cache-control")).toBe("private, max-age=300");
    expect(display.headers.get("x-content-type-options")).toBe("nosniff");
    expect(display.headers.get("content-disposition")).toBe('inline; filename="image.webp"');
    const bytes = Buffer.from(await display.arrayBuffer());
    expect(Number(display.headers.get("content-length"))).toBe(bytes.byteLength);
    expect((await sharp(bytes).metadata()).format).toBe("webp");

    expect((await read(media.id, "thumb")).status).toBe(200);
    expect((await read(media.id, "file")).status).toBe(404);
    expect((await read(media.id, "original")).status).toBe(404);

    const revalidated = await read(media.id, "display", { "if-none-match": display.headers.get("etag")! });
    expect(revalidated.status).toBe(304);
  });

  it("serves PDFs as PDFs and never by their uploaded name", async () => {
    await signIn();
    const response = await POST(uploadRequest({ file: new Blob([minimalPdf(4)]), name: "Acme secret plan.pdf", alt: "", purpose: "document" }));
    const media = (await response.json()) as MediaView;
    expect(media).toMatchObject({ kind: "PDF", pageCount: 4 });
    const file = await read(media.id, "file");
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(file.headers.get("content-disposition")).toBe('inline; filename="document.pdf"');
    expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(minimalPdf(4)))).toBe(true);
  });

  it("serves an uploaded PDF that carries JavaScript sandboxed (CSP sandbox: no scripts, opaque origin)", async () => {
    await signIn();
    const bytes = scriptedPdf();
    expect(Buffer.from(bytes).toString("latin1")).toContain("/S /JavaScript");
    const media = (await (await POST(uploadRequest({ file: new Blob([bytes]), name: "deck.pdf", alt: "", purpose: "document" }))).json()) as MediaView;
    expect(media).toMatchObject({ kind: "PDF", pageCount: 1 });
    const file = await read(media.id, "file");
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(file.headers.get("content-security-policy")).toBe("sandbox");
    // Kept as uploaded (the sandbox, not a rewrite, is what defuses it).
    expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });

  it("404 (not 403) for someone else's unpublished media and for visitors; public caching once published", async () => {
    const owner = await signIn();
    const media = (await (await POST(uploadRequest({ file: new Blob([png]), alt: "Avatar", purpose: "avatar" }))).json()) as MediaView;

    await signIn();
    expect((await read(media.id, "display")).status).toBe(404);
    actAs(null);
    expect((await read(media.id, "display")).status).toBe(404);
    expect((await read("no-such-id", "display")).status).toBe(404);

    await db().portfolio.update({ where: { userId: owner.id }, data: { displayName: "Owner", visibility: "PUBLIC", avatarId: media.id } });
    const published = await read(media.id, "thumb");
    expect(published.status).toBe(200);
    expect(published.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("404 for an UNLISTED portfolio's media without the share view's signature; 200 with private caching with it", async () => {
    const owner = await signIn();
    const media = (await (await POST(uploadRequest({ file: new Blob([png]), alt: "Avatar", purpose: "avatar" }))).json()) as MediaView;
    const portfolio = await db().portfolio.update({ where: { userId: owner.id }, data: { displayName: "Owner", visibility: "UNLISTED", avatarId: media.id } });
    const link = await db().shareLink.create({ data: { portfolioId: portfolio.id, token: generateShareToken(), recipientName: "Jane" } });
    const view = await loadSharedPortfolio(link, portfolio);
    const signedUrl = new URL(view!.avatar!.thumbUrl, origin);
    expect(signedUrl.searchParams.get("k")).toBeTruthy();
    expect(signedUrl.searchParams.get("l")).toBe(link.id);

    actAs(null);
    expect((await read(media.id, "thumb")).status).toBe(404);
    expect((await get(`${origin}/api/media/${media.id}/thumb?l=${link.id}&k=forged`, media.id, "thumb")).status).toBe(404);
    const shared = await get(signedUrl.toString(), media.id, "thumb");
    expect(shared.status).toBe(200);
    expect(shared.headers.get("content-type")).toBe("image/webp");
    expect(shared.headers.get("cache-control")).toBe("private, max-age=300");

    await db().portfolio.update({ where: { userId: owner.id }, data: { visibility: "DRAFT" } });
    expect((await get(signedUrl.toString(), media.id, "thumb")).status).toBe(404);
  });

  it("404 for the media of a revoked or expired share link (issue #13)", async () => {
    const owner = await signIn();
    const media = (await (await POST(uploadRequest({ file: new Blob([png]), alt: "Avatar", purpose: "avatar" }))).json()) as MediaView;
    const portfolio = await db().portfolio.update({ where: { userId: owner.id }, data: { displayName: "Owner", visibility: "UNLISTED", avatarId: media.id } });
    actAs(null);
    const link = await db().shareLink.create({ data: { portfolioId: portfolio.id, token: generateShareToken(), recipientName: "Jane" } });
    const shown = await getSharedPortfolio(link.token);
    if (shown.status !== "active") throw new Error("the link should be active");
    const url = new URL(shown.portfolio.avatar!.url, origin).toString();
    expect((await get(url, media.id, "display")).status).toBe(200);
    await revokeShareLink(owner.id, link.id);
    expect((await get(url, media.id, "display")).status).toBe(404);

    const expiring = await db().shareLink.create({
      data: { portfolioId: portfolio.id, token: generateShareToken(), recipientName: "Ann", expiresAt: new Date(Date.now() + 60_000) },
    });
    const open = await getSharedPortfolio(expiring.token);
    if (open.status !== "active") throw new Error("the link should be active");
    const expiringUrl = new URL(open.portfolio.avatar!.url, origin).toString();
    expect((await get(expiringUrl, media.id, "display")).status).toBe(200);
    await db().shareLink.update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await get(expiringUrl, media.id, "display")).status).toBe(404);
    // The URL without its link (the old media-only form) opens nothing either.
    const bare = new URL(expiringUrl);
    bare.searchParams.delete("l");
    expect((await get(bare.toString(), media.id, "display")).status).toBe(404);
  });
});

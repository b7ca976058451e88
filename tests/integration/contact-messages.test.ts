import { beforeAll, describe, expect, it, vi } from "vitest";
import { shareLinkInput } from "@/tests/support/forms";

// /api/contact's 413 page reads messages through next-intl's request config, which only Next sets up.
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));

import { countUnreadMessages, listMessages } from "@/lib/contact/data";
import { POST as contactRoute } from "@/app/api/contact/route";
import { CONTACT_BODY_LIMIT_BYTES } from "@/lib/contact/submit";
import { contactRule, deleteMessage, sendContactMessage, setMessageRead } from "@/lib/contact/mutations";
import { sendContactMessageSchema } from "@/lib/contact/schema";
import { db } from "@/lib/db/client";
import { createShareLink, revokeShareLink } from "@/lib/sharing/mutations";
import { createOwner } from "@/tests/support/owner";

let ipCounter = 0;
const freshIp = () => `192.0.2.${++ipCounter}`;

const owner = (visibility: "PUBLIC" | "UNLISTED" | "DRAFT" = "PUBLIC") => createOwner({ displayName: "Riley", visibility });

const message = (overrides: Record<string, unknown> = {}) =>
  sendContactMessageSchema.parse({ name: "Jane Doe", email: "Jane@Acme.test", company: "Acme", message: "Are you free for a call?", ...overrides });

describe("contact form", () => {
  let riley: Awaited<ReturnType<typeof owner>>;
  beforeAll(async () => {
    riley = await owner();
  });

  it("stores a message for the public page in the owner's inbox", async () => {
    expect(await sendContactMessage(message({ handle: riley.user.handle }), freshIp())).toEqual({ stored: true });
    const [stored] = await listMessages(riley.user.id);
    expect(stored).toMatchObject({ name: "Jane Doe", email: "jane@acme.test", company: "Acme", read: false, via: null });
    expect(await countUnreadMessages(riley.user.id)).toBe(1);
  });

  it("links a message sent from a share page to its link, and refuses revoked links", async () => {
    const link = await createShareLink(riley.user.id, shareLinkInput());
    await sendContactMessage(message({ token: link.token, message: "From the link" }), freshIp());
    const fromLink = (await listMessages(riley.user.id)).find((item) => item.message === "From the link");
    expect(fromLink?.via).toEqual({ recipientName: "Jane", company: "Acme" });
    await revokeShareLink(riley.user.id, link.id);
    await expect(sendContactMessage(message({ token: link.token }), freshIp())).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses draft portfolios", async () => {
    const draft = await owner("DRAFT");
    await expect(sendContactMessage(message({ handle: draft.user.handle }), freshIp())).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reaches an unlisted portfolio only through its share links, not by its handle", async () => {
    const unlisted = await owner("UNLISTED");
    await expect(sendContactMessage(message({ handle: unlisted.user.handle }), freshIp())).rejects.toMatchObject({ code: "NOT_FOUND" });
    const link = await createShareLink(unlisted.user.id, shareLinkInput());
    expect(await sendContactMessage(message({ token: link.token }), freshIp())).toEqual({ stored: true });
    expect(await db().contactMessage.count({ where: { portfolioId: unlisted.portfolio.id } })).toBe(1);
  });

  it("silently accepts a filled honeypot and stores nothing", async () => {
    const quiet = await owner();
    expect(await sendContactMessage(message({ handle: quiet.user.handle, website: "http://spam.example" }), freshIp())).toEqual({ stored: false });
    expect(await db().contactMessage.count({ where: { portfolioId: quiet.portfolio.id } })).toBe(0);
  });

  it("limits each IP to five messages an hour", async () => {
    const busy = await owner();
    const ip = freshIp();
    for (let index = 0; index < contactRule.limit; index++) {
      await sendContactMessage(message({ handle: busy.user.handle }), ip);
    }
    await expect(sendContactMessage(message({ handle: busy.user.handle }), ip)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await db().contactMessage.count({ where: { portfolioId: busy.portfolio.id } })).toBe(contactRule.limit);
    // Another sender is unaffected.
    expect(await sendContactMessage(message({ handle: busy.user.handle }), freshIp())).toEqual({ stored: true });
  });

  it("validates length, email and required fields", () => {
    const result = sendContactMessageSchema.safeParse({ name: "", email: "nope", company: "", message: "x".repeat(5001), handle: "a" });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(byField).toMatchObject({ name: "required", email: "email", message: "tooLong" });
  });
});

describe("/api/contact", () => {
  // The proxy's 413 rule skips /api: the route bounds the body itself, and says so plainly instead of a 500.
  const form = (size: number) => `handle=riley&name=Jane&email=jane%40acme.test&message=${"a".repeat(size)}`;
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    contactRoute(
      new Request("http://localhost/api/contact", {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: "http://localhost",
          host: "localhost",
          referer: "http://localhost/riley/contact",
          ...headers,
        },
        body,
        duplex: "half",
      } as RequestInit),
    );

  it("answers an oversized body with a clear 413 page and a way back, whether declared or streamed", async () => {
    const declared = await post(form(CONTACT_BODY_LIMIT_BYTES + 1));
    expect(declared.status).toBe(413);
    const html = await declared.text();
    expect(html).toContain("That was too much to send at once");
    expect(html).toContain('href="http://localhost/riley/contact"');

    // No Content-Length (chunked): it stops reading at the limit.
    const chunk = new TextEncoder().encode("a".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > CONTACT_BODY_LIMIT_BYTES * 4) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const streamed = await post(stream);
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(CONTACT_BODY_LIMIT_BYTES * 2);
  });
});

describe("inbox", () => {
  it("marks read/unread and deletes; another user gets NOT_FOUND and sees nothing", async () => {
    const riley = await owner();
    await sendContactMessage(message({ handle: riley.user.handle }), freshIp());
    const [stored] = await listMessages(riley.user.id);
    const mallory = await owner();

    expect(await listMessages(mallory.user.id)).toEqual([]);
    await expect(setMessageRead(mallory.user.id, stored!.id, true)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteMessage(mallory.user.id, stored!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    await setMessageRead(riley.user.id, stored!.id, true);
    expect(await countUnreadMessages(riley.user.id)).toBe(0);
    await setMessageRead(riley.user.id, stored!.id, false);
    expect(await countUnreadMessages(riley.user.id)).toBe(1);
    await deleteMessage(riley.user.id, stored!.id);
    expect(await listMessages(riley.user.id)).toEqual([]);
  });
});

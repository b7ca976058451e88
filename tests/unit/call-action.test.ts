import { describe, expect, it, vi } from "vitest";
import { callAction } from "@/components/ui/call-action";
import { SERVER_ACTION_BODY_LIMIT_BYTES, isOversizedActionPost } from "@/lib/body-limit";

describe("callAction", () => {
  it("refuses input over the body limit before sending it (TOO_LARGE)", async () => {
    const action = vi.fn(async () => ({ ok: true as const, data: null }));
    const result = await callAction(action, { body: "x".repeat(SERVER_ACTION_BODY_LIMIT_BYTES) });
    expect(result).toEqual({ ok: false, code: "TOO_LARGE" });
    expect(action).not.toHaveBeenCalled();
  });

  it("turns a rejected call (a 413 or 500 answer, no network) into a failure the form can show", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await callAction(
      async () => {
        throw new Error("An unexpected response was received from the server.");
      },
      { title: "x" },
    );
    expect(result).toEqual({ ok: false, code: "INTERNAL" });
  });

  it("passes answers through and lets Next's redirect signal through", async () => {
    expect(await callAction(async (input: { a: number }) => ({ ok: true as const, data: input.a }), { a: 1 })).toEqual({ ok: true, data: 1 });
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;push;/x;307;" });
    await expect(callAction(async () => Promise.reject(redirect), {})).rejects.toBe(redirect);
  });
});

describe("isOversizedActionPost", () => {
  const over = String(SERVER_ACTION_BODY_LIMIT_BYTES + 1);
  it("is true only for a POST to a page with a body over the limit", () => {
    expect(isOversizedActionPost({ method: "POST", pathname: "/demo/contact", contentLength: over })).toBe(true);
    expect(isOversizedActionPost({ method: "POST", pathname: "/demo/contact", contentLength: String(SERVER_ACTION_BODY_LIMIT_BYTES) })).toBe(false);
    expect(isOversizedActionPost({ method: "POST", pathname: "/api/media", contentLength: over })).toBe(false);
    expect(isOversizedActionPost({ method: "GET", pathname: "/demo", contentLength: over })).toBe(false);
    expect(isOversizedActionPost({ method: "POST", pathname: "/demo", contentLength: null })).toBe(false);
  });
});

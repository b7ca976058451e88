// POST /api/auth/signup: the shared sign-up schema, the shared field-error shape
// (the one every action returns) and the one origin helper (lib/site.ts).
import { afterEach, describe, expect, it, vi } from "vitest";

const { db } = await import("@/lib/db/client");
const { POST } = await import("@/app/api/auth/signup/route");

afterEach(() => {
  vi.unstubAllEnvs();
});

function post(body: unknown, headers: Record<string, string> = {}) {
  return POST(
    new Request("http://127.0.0.1:3999/api/auth/signup", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

describe("POST /api/auth/signup", () => {
  it("answers every bad field at once, in the shape actions use", async () => {
    const response = await post({ name: "", email: "nope", handle: "x", password: "short" });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.code).toBe("VALIDATION");
    expect(Object.keys(body.fieldErrors).sort()).toEqual(["email", "handle", "name", "password"]);
  });

  it("reports a body that is not an object as a form-level error, as actions do", async () => {
    const response = await post("null");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: "VALIDATION", fieldErrors: { _form: [expect.any(String)] } });
  });

  it("accepts its own origin and the configured public one, and refuses another site", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://postfolio.example/");
    expect((await post({}, { origin: "https://evil.example" })).status).toBe(403);
    expect((await post({}, { origin: "https://postfolio.example" })).status).toBe(400);
    expect((await post({}, { origin: "http://127.0.0.1:3999" })).status).toBe(400);
  });

  it("creates the account with its portfolio", async () => {
    const id = `route-${process.pid}-${Date.now()}`;
    const response = await post(
      { name: "Route Person", email: `${id}@example.test`, handle: id, password: "violet-harbour-57" },
      { "x-forwarded-for": `10.8.${Math.floor(Math.random() * 250)}.1` },
    );
    expect(response.status).toBe(201);
    const user = await db().user.findUniqueOrThrow({ where: { email: `${id}@example.test` }, include: { portfolio: true } });
    expect(user.portfolio).toMatchObject({ displayName: "Route Person" });
  });
});

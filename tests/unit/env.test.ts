import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("accepts an empty development environment with defaults", () => {
    const env = parseEnv({});
    expect(env.NODE_ENV).toBe("development");
    expect(env.STORAGE_DIR).toBe(".data/uploads");
    expect(env.authSecret).toBeUndefined();
  });

  it("trusts no forwarding proxy unless TRUSTED_PROXY_HOPS names one", () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "" }).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "1" }).TRUSTED_PROXY_HOPS).toBe(1);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: "-1" })).toThrowError(/TRUSTED_PROXY_HOPS/);
  });

  it("names every missing variable in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrowError(/DATABASE_URL is required in production[\s\S]*NEXTAUTH_SECRET is required/);
  });

  it("rejects a DATABASE_URL that is not a postgres connection string", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://localhost/db" })).toThrowError(/DATABASE_URL must be a postgresql:\/\/ connection string/);
  });

  it("rejects a short secret in production but takes AUTH_SECRET as an alias", () => {
    const base = { NODE_ENV: "production", DATABASE_URL: "postgresql://u:p@db:5432/app" };
    expect(() => parseEnv({ ...base, NEXTAUTH_SECRET: "short" })).toThrowError(/NEXTAUTH_SECRET/);
    const secret = "x".repeat(40);
    expect(parseEnv({ ...base, AUTH_SECRET: secret }).authSecret).toBe(secret);
  });

  it("treats blank optional values as unset and rejects a malformed NEXTAUTH_URL", () => {
    expect(parseEnv({ SMTP_URL: "  " }).SMTP_URL).toBeUndefined();
    expect(() => parseEnv({ NEXTAUTH_URL: "not a url" })).toThrowError(/NEXTAUTH_URL/);
  });

  it("reads the server's port for the PDF generator, defaulting to 3000", () => {
    expect(parseEnv({}).PORT).toBe(3000);
    expect(parseEnv({ PORT: "3200" }).PORT).toBe(3200);
    expect(parseEnv({ PORT: "" }).PORT).toBe(3000);
    expect(() => parseEnv({ PORT: "http" })).toThrowError(/PORT/);
  });
});

import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/auth/next-path";

describe("safeNextPath", () => {
  it("keeps same-origin relative paths with their query and hash", () => {
    expect(safeNextPath("/settings")).toBe("/settings");
    expect(safeNextPath("/dashboard/campaigns?tab=metrics#top")).toBe("/dashboard/campaigns?tab=metrics#top");
  });

  it.each([
    "//evil.com",
    "//evil.com/dashboard",
    "/\\evil.com",
    "\\\\evil.com",
    "https://evil.com/dashboard",
    "http:/evil.com",
    "javascript:alert(1)",
    "evil.com",
    "/\t/evil.com",
    "/%0a/evil.com\n",
    "",
  ])("falls back for %j", (value) => {
    expect(safeNextPath(value)).toBe("/dashboard");
  });

  it("falls back for non-strings and for the auth pages themselves", () => {
    expect(safeNextPath(undefined)).toBe("/dashboard");
    expect(safeNextPath(["/settings"])).toBe("/dashboard");
    expect(safeNextPath("/login?next=/login")).toBe("/dashboard");
    expect(safeNextPath("/api/auth/signout")).toBe("/dashboard");
    expect(safeNextPath("//evil.com", "/settings")).toBe("/settings");
  });
});

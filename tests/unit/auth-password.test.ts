import { describe, expect, it } from "vitest";
import { commonPasswords, isCommonPassword, newPasswordSchema } from "@/lib/auth/password-rules";
import { emailSchema, normalizeEmail, signUpSchema } from "@/lib/auth/schema";

function message(value: string) {
  const result = newPasswordSchema.safeParse(value);
  return result.success ? null : result.error.issues[0]?.message;
}

describe("password rules", () => {
  it("needs at least 10 characters", () => {
    expect(message("kettle-sun")).toBeNull(); // 10
    expect(message("kettle-su")).toBe("passwordTooShort"); // 9
  });

  it("refuses the most common passwords, whatever their case", () => {
    expect(commonPasswords.size).toBeGreaterThanOrEqual(100);
    expect(message("password123")).toBe("passwordCommon");
    expect(message("Password123")).toBe("passwordCommon");
    expect(message("QWERTYUIOP")).toBe("passwordCommon");
    expect(isCommonPassword("1234567890")).toBe(true);
    expect(message("violet-harbour-57")).toBeNull();
  });

  it("keeps spaces (a password is never trimmed) and caps the length", () => {
    expect(newPasswordSchema.parse("  spaced out  ")).toBe("  spaced out  ");
    expect(message("x".repeat(201))).toBe("passwordTooLong");
  });
});

describe("email normalization", () => {
  it("trims and lower-cases", () => {
    expect(normalizeEmail("  Zoe.Abele@Example.COM ")).toBe("zoe.abele@example.com");
    expect(emailSchema.parse("  Zoe@Example.COM ")).toBe("zoe@example.com");
  });

  it("rejects what is not an address", () => {
    expect(emailSchema.safeParse("zoe@").success).toBe(false);
    expect(emailSchema.safeParse("").error?.issues[0]?.message).toBe("email");
  });

  it("sign-up reports every field at once", () => {
    const result = signUpSchema.safeParse({ name: "", email: "nope", handle: "a", password: "short" });
    expect(result.success).toBe(false);
    const fields = new Set(result.error?.issues.map((issue) => issue.path[0]));
    expect(fields).toEqual(new Set(["name", "email", "handle", "password"]));
  });
});

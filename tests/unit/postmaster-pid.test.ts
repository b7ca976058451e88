import { describe, expect, it } from "vitest";
import { parsePostmasterPid, postgresDataDirOf } from "@/lib/db/postmaster";

describe("parsePostmasterPid", () => {
  it("reads pid, data directory and port of a PostgreSQL 10+ lock file", () => {
    const text = "13638\n/srv/app/.data/postgres\n1796025683\n55640\n\n127.0.0.1\n  1234567    32768\nready   \n";
    expect(parsePostmasterPid(text)).toEqual({ pid: 13638, dataDir: "/srv/app/.data/postgres", port: 55640 });
  });

  it("rejects a file cut short or garbled by a crash", () => {
    expect(parsePostmasterPid("")).toBeNull();
    expect(parsePostmasterPid("abc\n/data\n")).toBeNull();
    expect(parsePostmasterPid("42\n")).toBeNull();
    expect(parsePostmasterPid("42\n/data\n")).toEqual({ pid: 42, dataDir: "/data", port: null });
  });
});

describe("postgresDataDirOf", () => {
  it("names the -D folder of a postgres server only", () => {
    expect(postgresDataDirOf(["/x/native/bin/postgres", "-D", "/d/postgres", "-p", "55300"])).toBe("/d/postgres");
    expect(postgresDataDirOf(["postgres: postfolio postfolio 127.0.0.1(5000) idle"])).toBeNull();
    expect(postgresDataDirOf(["/usr/bin/node", "-D", "/d/postgres"])).toBeNull();
    expect(postgresDataDirOf([])).toBeNull();
  });
});

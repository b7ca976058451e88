import { describe, expect, it } from "vitest";
// pg's own message serializer: the bytes the app's driver really sends.
import { serialize } from "pg-protocol";
import { FrontendStatementReader } from "@/scripts/bench/pg-wire";

function extendedQuery(text: string, values: unknown[], statement = "") {
  return Buffer.concat([
    serialize.parse({ name: statement, text }),
    serialize.bind({ statement, values }),
    serialize.describe({ type: "P" }),
    serialize.execute({}),
    serialize.sync(),
  ]);
}

describe("FrontendStatementReader", () => {
  it("skips the startup phase (SSL request, startup, password) and counts a simple query", () => {
    const reader = new FrontendStatementReader();
    const bytes = Buffer.concat([
      serialize.requestSsl(),
      serialize.startup({ user: "postfolio", database: "postfolio" }),
      serialize.password("postfolio"),
      serialize.query("BEGIN"),
    ]);
    expect(reader.push(bytes)).toEqual([{ kind: "simple", sql: "BEGIN" }]);
  });

  it("counts one statement per Execute of the extended protocol, named by its Parse", () => {
    const reader = new FrontendStatementReader();
    reader.push(serialize.startup({ user: "u" }));
    const statements = reader.push(Buffer.concat([extendedQuery('SELECT "id" FROM "User" WHERE "handle" = $1', ["demo"]), extendedQuery("SELECT 2", [])]));
    expect(statements).toEqual([
      { kind: "execute", sql: 'SELECT "id" FROM "User" WHERE "handle" = $1' },
      { kind: "execute", sql: "SELECT 2" },
    ]);
  });

  it("remembers named prepared statements executed again without a Parse", () => {
    const reader = new FrontendStatementReader();
    reader.push(serialize.startup({ user: "u" }));
    reader.push(extendedQuery("SELECT $1::int", ["1"], "s1"));
    const again = Buffer.concat([serialize.bind({ statement: "s1", values: ["2"] }), serialize.execute({}), serialize.sync()]);
    expect(reader.push(again)).toEqual([{ kind: "execute", sql: "SELECT $1::int" }]);
  });

  it("reassembles messages split across chunks at any byte", () => {
    const bytes = Buffer.concat([serialize.startup({ user: "u" }), serialize.query("SELECT 1"), extendedQuery("SELECT $1", ["x".repeat(300)])]);
    for (const cut of [1, 4, 7, 9, 40, bytes.length - 3]) {
      const reader = new FrontendStatementReader();
      const statements = [...reader.push(bytes.subarray(0, cut)), ...reader.push(bytes.subarray(cut))];
      expect(statements.map((s) => s.sql)).toEqual(["SELECT 1", "SELECT $1"]);
    }
  });

  it("counts nothing for messages that run no SQL (sync, flush, terminate)", () => {
    const reader = new FrontendStatementReader();
    reader.push(serialize.startup({ user: "u" }));
    expect(reader.push(Buffer.concat([serialize.sync(), serialize.flush(), serialize.end()]))).toEqual([]);
  });
});

// Reads the PostgreSQL frontend protocol (client → server) of one connection
// and reports each SQL statement the client runs, so the benchmark can count
// the queries a render makes on the wire, whatever the driver or ORM does.

export type WireStatement = { kind: "simple" | "execute"; sql: string };

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

/**
 * Feed it the bytes a client sends, in chunks as they arrive; it returns the
 * statements completed in each chunk. A simple-protocol Query ('Q') counts as
 * one statement; in the extended protocol each Execute ('E') counts as one,
 * named by the SQL of the Parse ('P') that prepared its statement.
 */
export class FrontendStatementReader {
  private buffer: Buffer = Buffer.alloc(0);
  private startup = true;
  private readonly prepared = new Map<string, string>();
  private readonly portals = new Map<string, string>();

  push(chunk: Buffer): WireStatement[] {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    const statements: WireStatement[] = [];
    for (;;) {
      if (this.startup) {
        // Startup-phase messages have no type byte: Int32 length, Int32 code.
        if (this.buffer.length < 8) break;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) break;
        const code = this.buffer.readInt32BE(4);
        this.buffer = this.buffer.subarray(length);
        if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) this.startup = false;
        continue;
      }
      if (this.buffer.length < 5) break;
      const type = String.fromCharCode(this.buffer[0] as number);
      const length = this.buffer.readInt32BE(1);
      if (this.buffer.length < 1 + length) break;
      const body = this.buffer.subarray(5, 1 + length);
      this.buffer = this.buffer.subarray(1 + length);
      const statement = this.read(type, body);
      if (statement) statements.push(statement);
    }
    return statements;
  }

  private read(type: string, body: Buffer): WireStatement | null {
    const [first, afterFirst] = cString(body, 0);
    switch (type) {
      case "Q":
        return { kind: "simple", sql: first };
      case "P":
        this.prepared.set(first, cString(body, afterFirst)[0]);
        return null;
      case "B": // portal name, then statement name
        this.portals.set(first, this.prepared.get(cString(body, afterFirst)[0]) ?? "");
        return null;
      case "E":
        return { kind: "execute", sql: this.portals.get(first) ?? "" };
      default:
        return null;
    }
  }
}

function cString(body: Buffer, offset: number): [string, number] {
  const end = body.indexOf(0, offset);
  const stop = end === -1 ? body.length : end;
  return [body.toString("utf8", offset, stop), stop + 1];
}

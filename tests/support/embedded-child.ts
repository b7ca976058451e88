// A stand-in for `npm start` in tests/integration/embedded-recovery.test.ts:
// starts the embedded PostgreSQL of a data folder as start.ts does, prints
// where it runs as one JSON line, then waits to be killed.
import { startEmbeddedPostgres } from "../../lib/db/embedded";

const [dataDir, port] = process.argv.slice(2);
if (!dataDir || !port) throw new Error("Usage: embedded-child.ts <dataDir> <port>");
const database = await startEmbeddedPostgres({ dataDir, port: Number(port), database: "postgres" });
console.log(JSON.stringify({ url: database.url, dataDir: database.dataDir }));
setInterval(() => {}, 60_000);

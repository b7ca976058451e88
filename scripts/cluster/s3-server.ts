// The S3-compatible server of `npm run test:cluster`: s3rver (npm), real S3
// HTTP protocol on loopback, objects in a folder. Usage: s3-server.ts <port> <dir> <bucket>
import { createRequire } from "node:module";

type S3rverOptions = { port: number; address: string; directory: string; silent: boolean; configureBuckets: { name: string }[] };
type S3rverInstance = { run(): Promise<unknown>; close(): Promise<unknown> };

const require = createRequire(import.meta.url);
const S3rver = require("s3rver") as new (options: S3rverOptions) => S3rverInstance;

const [port, directory, bucket] = process.argv.slice(2);
const server = new S3rver({ port: Number(port), address: "127.0.0.1", directory: directory!, silent: true, configureBuckets: [{ name: bucket! }] });
await server.run();
console.log(`[s3] listening on 127.0.0.1:${port}, bucket ${bucket}, objects in ${directory}`);
const stop = () => void server.close().finally(() => process.exit(0));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);

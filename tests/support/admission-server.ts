// A server for tests/unit/serve-admission.test.ts, run in a process of its own
// (the crowd must not share its event loop): every answer costs COST_MS of CPU,
// like a cache hit under load, behind scripts/serve/admission.ts with PER_TURN.
// Prints its port on stdout.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createAdmission } from "../../scripts/serve/admission";

const costMs = Number(process.env.COST_MS ?? 3);
const handler = (_request: IncomingMessage, response: ServerResponse) => {
  const until = performance.now() + costMs;
  while (performance.now() < until);
  response.setHeader("content-length", 2);
  response.end("ok");
};
const admission = createAdmission(handler, Number(process.env.PER_TURN ?? 4));
const server = createServer((request, response) => admission.admit(request, response));
server.listen(0, "127.0.0.1", () => console.log(String((server.address() as AddressInfo).port)));
process.once("SIGTERM", () => process.exit(0));

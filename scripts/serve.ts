// The HTTP server behind `npm start` / `npm run dev` (started by scripts/start.ts
// with the environment set up): Next's own request handler on a plain Node
// server, which first rewrites X-Forwarded-For from the socket's address
// (lib/auth/client-ip.ts), so per-IP rate limits see an address the client
// cannot choose. Next's `next start` keeps whatever header a client sends.
//
//   node --import tsx scripts/serve.ts [--dev]      (PORT, TRUSTED_PROXY_HOPS, READS_PER_TURN)
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { trustedForwardedFor } from "../lib/auth/client-ip";
import { env } from "../lib/env";
import { createAdmission, isReading } from "./serve/admission";
import { keepConnectionsAlive } from "./serve/keep-alive";
import { createReadingCopies, READING_COPIES } from "./serve/reading-copies";

const dev = process.argv.includes("--dev");
// React and Next pick their builds from NODE_ENV when first loaded.
(process.env as Record<string, string>).NODE_ENV ??= dev ? "development" : "production";

async function main() {
  const { default: next } = await import("next");
  const { PORT: port, TRUSTED_PROXY_HOPS: hops, READS_PER_TURN: readsPerTurn } = env();
  const server = createServer();
  keepConnectionsAlive(server);
  // Next attaches dev's hot-reload WebSocket upgrades to this server itself.
  const app = next({ dev, hostname: "localhost", port, httpServer: server });
  await app.prepare();
  const handle = app.getRequestHandler();
  // Reading requests take turns (a few per event-loop iteration) so a crowd of readers neither starves new
  // connections nor the editor's saves; writes, the dashboard and the API start at once (serve/admission.ts).
  // One instance: readers of a page Next has cached get a one-second copy in one write (serve/reading-copies.ts);
  // an owner's change forgets the copies with the tag it expires. Several instances: nginx caches in front.
  const copies = Number(process.env.POSTFOLIO_INSTANCES ?? 1) > 1 || process.env.READING_COPIES === "0" ? undefined : createReadingCopies();
  if (copies) (globalThis as Record<symbol, unknown>)[READING_COPIES] = copies;
  const admission = createAdmission((request, response) => {
    if (copies && isReading(request)) {
      if (copies.serve(request, response)) return;
      copies.capture(request, response);
    }
    void handle(request, response);
  }, readsPerTurn);
  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    request.headers["x-forwarded-for"] = trustedForwardedFor(request.headers["x-forwarded-for"], request.socket.remoteAddress, hops);
    admission.admit(request, response);
  });

  const stop = () => {
    server.close();
    server.closeAllConnections();
    void app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);

  server.listen(port, () => {
    console.log(`[postfolio] Ready on http://localhost:${port} (${dev ? "development" : "production"}, ${hops} trusted proxy hop${hops === 1 ? "" : "s"})`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

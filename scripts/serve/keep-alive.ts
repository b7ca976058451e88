// How long the server keeps an idle keep-alive connection open. Node's default
// is 5 s (Node 20 closes at about 6): a client or proxy that reuses its idle
// connection at about that age races the server's close and gets ECONNRESET
// ("socket hang up": most likely what one e2e poll met in a CI run), and nginx
// keeps upstream connections idle for 60 s (`keepalive` in deploy/nginx.conf),
// so behind it the app must wait longer than that. The headers timeout stays
// above it, as Node requires for a connection that idles and then sends.
import type { Server } from "node:http";

export const KEEP_ALIVE_MS = 65_000;

export function keepConnectionsAlive(server: Server): void {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
}

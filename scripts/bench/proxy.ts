// A TCP proxy in front of PostgreSQL that records every statement the app
// sends, so one render's queries can be counted on the wire.
import net from "node:net";
import { FrontendStatementReader, type WireStatement } from "./pg-wire";

export type CountingProxy = {
  port: number;
  /** Every statement seen so far, across connections, in arrival order. */
  statements: WireStatement[];
  close: () => Promise<void>;
};

export async function startCountingProxy(target: { host: string; port: number }): Promise<CountingProxy> {
  const statements: WireStatement[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    const reader = new FrontendStatementReader();
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.on("data", (chunk: Buffer) => {
      statements.push(...reader.push(chunk));
      upstream.write(chunk);
    });
    client.on("end", () => upstream.end());
    upstream.pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("The query-counting proxy has no TCP port");
  return {
    port: address.port,
    statements,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

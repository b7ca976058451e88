// scripts/serve/keep-alive.ts on a real server: a keep-alive connection left idle past Node's default (5 s, closed at about 6) is
// still open and answers the next request on the same socket (most likely the race behind the e2e run's one "socket hang up").
import { createServer, request, Agent } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { keepConnectionsAlive } from "../../scripts/serve/keep-alive";

async function idleThenAsk(tune: boolean): Promise<{ sockets: number; answers: string[] }> {
  let sockets = 0;
  const server = createServer((_request, response) => response.end("ok"));
  if (tune) keepConnectionsAlive(server);
  server.on("connection", () => sockets++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const ask = () =>
    new Promise<string>((resolve, reject) => {
      const call = request({ host: "127.0.0.1", port, agent, path: "/" }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve(body));
      });
      call.on("error", reject);
      call.end();
    });
  try {
    const answers = [await ask()];
    await sleep(7_000);
    answers.push(await ask());
    return { sockets, answers };
  } finally {
    agent.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe("keep-alive", () => {
  it("keeps an idle connection past Node's 5 s default, so the next request reuses it", { timeout: 20_000 }, async () => {
    const [tuned, plain] = await Promise.all([idleThenAsk(true), idleThenAsk(false)]);
    expect(tuned).toEqual({ sockets: 1, answers: ["ok", "ok"] });
    // Node's default closed the idle socket: the agent had to open a second one.
    expect(plain).toEqual({ sockets: 2, answers: ["ok", "ok"] });
  });
});

// scripts/serve/admission.ts: readers take turns, writes start at once. The first
// tests drive the queue with stand-in requests and count starts per event-loop
// turn; the last runs a real HTTP server on real sockets and counts in what
// order a crowd of readers and one save were handled (counts, not times).
import { EventEmitter } from "node:events";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { request as httpRequest, Agent, type IncomingMessage, type ServerResponse } from "node:http";
import { setImmediate as nextTurn } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { createAdmission, isReading } from "../../scripts/serve/admission";

type Fake = { request: IncomingMessage; response: ServerResponse };

function fake(method: string, url: string): Fake {
  const request = Object.assign(new EventEmitter(), { method, url, destroyed: false }) as unknown as IncomingMessage;
  const response = Object.assign(new EventEmitter(), { destroyed: false, writableEnded: false }) as unknown as ServerResponse;
  return { request, response };
}

function recorder() {
  const started: string[] = [];
  const handler = (request: IncomingMessage) => void started.push(`${request.method} ${request.url}`);
  return { started, handler };
}

describe("isReading", () => {
  it("queues reading pages, their assets and the view beacon; not the editor, writes or other API routes", () => {
    const reading = (method: string, url: string) => isReading(fake(method, url).request);
    expect(reading("GET", "/demo")).toBe(true);
    expect(reading("HEAD", "/demo/case-studies/launch")).toBe(true);
    expect(reading("GET", "/s/abc123")).toBe(true);
    expect(reading("GET", "/_next/static/css/app.css")).toBe(true);
    expect(reading("POST", "/api/views")).toBe(true);
    expect(reading("GET", "/api/views?pixel=1")).toBe(true);
    expect(reading("POST", "/dashboard/campaigns/c1")).toBe(false);
    expect(reading("POST", "/demo")).toBe(false);
    expect(reading("GET", "/dashboard")).toBe(false);
    expect(reading("GET", "/dashboard/campaigns?tab=1")).toBe(false);
    expect(reading("GET", "/api/health")).toBe(false);
    expect(reading("POST", "/api/contact")).toBe(false);
    // A page whose name only starts like the editor's is a reader's.
    expect(reading("GET", "/dashboarding")).toBe(true);
  });
});

describe("createAdmission", () => {
  it("starts at most perTurn readers per event-loop turn, in arrival order", async () => {
    const { started, handler } = recorder();
    const admission = createAdmission(handler, 4);
    for (let i = 0; i < 10; i++) {
      const { request, response } = fake("GET", `/r${i}`);
      admission.admit(request, response);
    }
    expect(started).toHaveLength(0);
    expect(admission.queued).toBe(10);
    await nextTurn();
    expect(started).toHaveLength(4);
    await nextTurn();
    expect(started).toHaveLength(8);
    await nextTurn();
    expect(started).toEqual(Array.from({ length: 10 }, (_, i) => `GET /r${i}`));
    expect(admission.queued).toBe(0);
  });

  it("starts writes and the editor at once, and one reader per turn while they are in flight", async () => {
    const { started, handler } = recorder();
    const admission = createAdmission(handler, 4);
    for (let i = 0; i < 6; i++) {
      const { request, response } = fake("GET", `/r${i}`);
      admission.admit(request, response);
    }
    const save = fake("POST", "/dashboard/campaigns/c1");
    admission.admit(save.request, save.response);
    expect(started).toEqual(["POST /dashboard/campaigns/c1"]);
    await nextTurn();
    expect(started).toHaveLength(2);
    await nextTurn();
    expect(started).toHaveLength(3);
    // The save answered: back to four per turn.
    save.response.emit("close");
    await nextTurn();
    expect(started).toHaveLength(7);
  });

  it("drops a reader that hung up while it waited", async () => {
    const { started, handler } = recorder();
    const admission = createAdmission(handler, 4);
    const gone = fake("GET", "/gone");
    const kept = fake("GET", "/kept");
    admission.admit(gone.request, gone.response);
    admission.admit(kept.request, kept.response);
    (gone.request as { destroyed: boolean }).destroyed = true;
    await nextTurn();
    expect(started).toEqual(["GET /kept"]);
  });

  it("with perTurn 0 starts every request at once (the queue off)", () => {
    const { started, handler } = recorder();
    const admission = createAdmission(handler, 0);
    for (let i = 0; i < 3; i++) {
      const { request, response } = fake("GET", `/r${i}`);
      admission.admit(request, response);
    }
    expect(started).toHaveLength(3);
  });
});

describe("on real sockets", () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill("SIGTERM");
  });

  async function startServer(perTurn: number): Promise<number> {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/support/admission-server.ts"], {
      env: { ...process.env, PER_TURN: String(perTurn), COST_MS: "3" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.push(child);
    const [line] = (await once(child.stdout!, "data")) as [Buffer];
    return Number(line.toString().trim());
  }

  /**
   * A crowd of keep-alive readers on a server whose every answer costs 3 ms of CPU (in its own process), and
   * one save sent on a NEW connection once the crowd is going: how many reader answers arrived while the save
   * was on its way (accepted, read, handled, answered).
   */
  async function readerAnswersDuringASave(perTurn: number): Promise<number> {
    const port = await startServer(perTurn);
    const crowd = 100;
    const rounds = 6;
    const agent = new Agent({ keepAlive: true, maxSockets: crowd });
    let answered = 0;
    const send = (method: string, viaAgent: Agent | false) =>
      new Promise<void>((resolve, reject) => {
        const req = httpRequest({ host: "127.0.0.1", port, path: method === "POST" ? "/dashboard/campaigns/c1" : "/demo", method, agent: viaAgent }, (res) => {
          res.resume();
          res.once("end", () => resolve());
        });
        req.once("error", reject);
        req.end();
      });
    const reader = async () => {
      for (let i = 0; i < rounds; i++) {
        await send("GET", agent);
        answered++;
      }
    };
    try {
      const readers = Array.from({ length: crowd }, reader);
      while (answered < crowd) await nextTurn();
      const atSend = answered;
      await send("POST", false);
      const during = answered - atSend;
      await Promise.all(readers);
      return during;
    } finally {
      agent.destroy();
    }
  }

  it("accepts a new connection and answers its save within a few readers' turns, not after the crowd", async () => {
    const withTurns = await readerAnswersDuringASave(4);
    const allAtOnce = await readerAnswersDuringASave(0);
    // Without turns the save waits (to be accepted, then to be read) behind whole rounds of the crowd.
    expect(allAtOnce).toBeGreaterThanOrEqual(100);
    expect(withTurns).toBeLessThan(allAtOnce / 4);
  }, 60_000);
});

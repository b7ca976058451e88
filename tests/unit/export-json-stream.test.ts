import { describe, expect, it } from "vitest";
import { prettyJsonChunks, prettyJsonStream } from "@/lib/export/json-stream";

const document = {
  format: "postfolio",
  version: 1,
  exportedAt: "2026-11-30T12:00:00.000Z",
  profile: { displayName: "Anna Bērziņa", bio: "Line one\nline two „quoted“ 🌸", links: [], nested: { deep: [1, { a: null }] } },
  media: [],
  campaigns: [
    { ref: "c1", title: "Spring", metrics: [{ ref: "m1", series: [{ date: "2026-03-01", value: 1.5 }] }], empty: {} },
    { ref: "c2", title: "Tab\tand \\ backslash", metrics: [] },
  ],
  samples: [null, 0, "text", [[]], { missing: undefined }],
  skipped: undefined,
  empty: {},
};

describe("portfolio.json as a stream", () => {
  it("is byte for byte JSON.stringify(document, null, 2) with a final newline", async () => {
    const expected = `${JSON.stringify(document, null, 2)}\n`;
    expect([...prettyJsonChunks(document)].join("")).toBe(expected);
    expect(await new Response(prettyJsonStream(document)).text()).toBe(expected);
    expect([...prettyJsonChunks({})].join("")).toBe(`${JSON.stringify({}, null, 2)}\n`);
  });

  it("comes one array item at a time, never the whole document as one chunk", () => {
    const large = { samples: Array.from({ length: 1_000 }, (_, i) => ({ ref: `s${i}`, caption: "x".repeat(100) })) };
    const chunks = [...prettyJsonChunks(large)];
    expect(chunks.length).toBeGreaterThan(1_000);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(300);
  });
});

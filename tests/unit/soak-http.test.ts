import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findActionId, parseActionResponse } from "@/scripts/soak/http";

describe("parseActionResponse", () => {
  it("returns the row that row 0 points to, with Flight's escapes undone", () => {
    const body = '0:{"a":"$@1","f":"","b":"build-1","q":"","i":false}\n1:{"ok":false,"code":"VALIDATION","fieldErrors":"$undefined","note":"$$5"}\n';
    expect(parseActionResponse(body)).toEqual({ ok: false, code: "VALIDATION", fieldErrors: undefined, note: "$5" });
    expect(parseActionResponse('0:{"a":"$@a"}\na:{"ok":true,"data":{"id":"c1"}}\n')).toEqual({ ok: true, data: { id: "c1" } });
  });

  it("fails loudly on a page instead of an action answer", () => {
    expect(() => parseActionResponse("<!DOCTYPE html><html>")).toThrow(/Not a server action answer/);
    expect(() => parseActionResponse('0:{"a":"$@2"}\n')).toThrow(/row \$@2 is missing/);
  });
});

describe("findActionId", () => {
  it("finds an action by export name and source file in the build's manifest", () => {
    const distDir = mkdtempSync(path.join(tmpdir(), "postfolio-manifest-"));
    try {
      mkdirSync(path.join(distDir, "server"));
      const node = {
        "40aa": { exportedName: "saveCampaignAction", filename: "lib/samples/actions.ts" },
        "40bb": { exportedName: "saveCampaignAction", filename: "lib/campaigns/actions.ts" },
      };
      writeFileSync(path.join(distDir, "server/server-reference-manifest.json"), JSON.stringify({ node, edge: {} }));
      expect(findActionId(distDir, "lib/campaigns/actions.ts", "saveCampaignAction")).toBe("40bb");
      expect(() => findActionId(distDir, "lib/campaigns/actions.ts", "deleteCampaignAction")).toThrow(/No server action/);
    } finally {
      rmSync(distDir, { recursive: true, force: true });
    }
  });
});

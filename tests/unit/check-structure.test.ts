import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const script = path.join(import.meta.dirname, "../../scripts/check-structure.mjs");
const roots: string[] = [];

// A small tree that follows every rule: a room in lib/, its components, shared lib and a short route.
const clean: Record<string, string> = {
  "lib/utils.ts": "export const cn = () => '';\n",
  "lib/db/client.ts": "export const db = {};\n",
  "lib/campaigns/schema.ts": "export const campaignSchema = {};\n",
  "lib/campaigns/data.ts": 'import { db } from "@/lib/db/client";\nexport const listCampaigns = () => db;\n',
  "lib/campaigns/figures.ts": "export const figures = 1;\n",
  "lib/publishing/actions.ts": "export async function publish() {}\n",
  "components/ui/button.tsx": "export function Button() { return null; }\n",
  "components/editor/save-bar.tsx": 'import { Button } from "../ui/button";\nexport const SaveBar = Button;\n',
  "components/campaigns/campaign-form.tsx": [
    'import { Button } from "@/components/ui/button";',
    'import { SaveBar } from "@/components/editor/save-bar";',
    'import { campaignSchema } from "@/lib/campaigns/schema";',
    'import { cn } from "@/lib/utils";',
    'import { z } from "zod";',
    'import { Other } from "./other";',
    "export { Button, SaveBar, campaignSchema, cn, z, Other };",
  ].join("\n"),
  "components/campaigns/other.tsx": "export const Other = 1;\n",
  "components/publish/publish-form.tsx": 'import { publish } from "@/lib/publishing/actions";\nexport { publish };\n',
  "app/dashboard/page.tsx": 'import { listCampaigns } from "@/lib/campaigns/data";\nexport default listCampaigns;\n',
};

function tree(files: Record<string, string>) {
  const root = mkdtempSync(path.join(os.tmpdir(), "check-structure-"));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

function check(root: string) {
  const run = spawnSync(process.execPath, [script, root], { encoding: "utf8" });
  return { status: run.status, out: run.stdout + run.stderr };
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("scripts/check-structure.mjs", () => {
  it("passes a tree that follows every rule", () => {
    const result = check(tree(clean));
    expect(result.out).toContain("Structure OK");
    expect(result.status).toBe(0);
  });

  it("fails on a file outside the room vocabulary", () => {
    const result = check(tree({ ...clean, "lib/campaigns/helpers.ts": "export const x = 1;\n" }));
    expect(result.status).toBe(1);
    expect(result.out).toContain("Rule: lib/<room>/ holds only schema, data, mutations, actions, types, loaders, queries");
    expect(result.out).toContain("  lib/campaigns/helpers.ts");
    expect(result.out).toContain("1 structure violation(s)");
  });

  it("fails when a room's component imports another room", () => {
    const result = check(
      tree({
        ...clean,
        "components/samples/sample-form.tsx":
          'import { x } from "@/lib/utils";\nimport { Other } from "@/components/campaigns/other";\nimport { figures } from "../../lib/campaigns/figures";\n',
      }),
    );
    expect(result.status).toBe(1);
    expect(result.out).toContain("Rule: components/<room>/ imports only components/ui, components/editor");
    expect(result.out).toContain("  components/samples/sample-form.tsx:2 imports @/components/campaigns/other");
    expect(result.out).toContain("  components/samples/sample-form.tsx:3 imports ../../lib/campaigns/figures");
    expect(result.out).not.toContain("sample-form.tsx:1 ");
  });

  it("fails when lib/ imports components/", () => {
    const result = check(tree({ ...clean, "lib/campaigns/data.ts": 'import { Button } from "@/components/ui/button";\nexport { Button };\n' }));
    expect(result.status).toBe(1);
    expect(result.out).toContain("Rule: lib/ never imports components/ or app/");
    expect(result.out).toContain("  lib/campaigns/data.ts:1 imports @/components/ui/button");
  });

  it("fails on an app/ file over 60 lines, not on one of 60", () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `export const line${i} = ${i};`).join("\n") + "\n";
    const result = check(tree({ ...clean, "app/ok/page.tsx": lines(60), "app/long/page.tsx": lines(61) }));
    expect(result.status).toBe(1);
    expect(result.out).toContain("Rule: app/ files have at most 60 lines");
    expect(result.out).toContain("  app/long/page.tsx: 61 lines");
    expect(result.out).not.toContain("app/ok/page.tsx");
  });
});

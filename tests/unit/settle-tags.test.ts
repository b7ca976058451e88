// lib/cache/expire.ts under the rules Next's cache applies to tags (lib/cache/entries.ts mirrors its tags manifest,
// node_modules/next/dist/server/lib/incremental-cache/tags-manifest.external.js): a page a visitor's render stored
// just after the owner's change, from what it read just before, must not outlive SETTLE_SECONDS.
import { describe, expect, it } from "vitest";
import { SETTLE_SECONDS, settleTag, withSettle } from "@/lib/cache/expire";
import { entryFreshness, revalidatedTagState, type TagState } from "@/lib/cache/entries";

const change = 1_000_000;

/** The tags' states after expirePublicTags([tag]) at `change`: the tag at once, its twin SETTLE_SECONDS later. */
function afterChange(withTwin: boolean): TagState[] {
  const states = [revalidatedTagState({}, change, { expire: 0 })];
  if (withTwin) states.push(revalidatedTagState({}, change, { expire: SETTLE_SECONDS }));
  return states;
}

describe("settle tags", () => {
  it("every public tag travels with its twin", () => {
    expect(withSettle(["portfolio:u1", "handle:ana"])).toEqual(["portfolio:u1", settleTag("portfolio:u1"), "handle:ana", settleTag("handle:ana")]);
  });

  it("a page written before the change is expired at once, as before", () => {
    for (const states of [afterChange(false), afterChange(true)]) expect(entryFreshness(states, change - 1, change + 1)).toBe("expired");
  });

  it("a page a render in flight wrote just after the change goes within SETTLE_SECONDS (without the twin: never, until its revalidate)", () => {
    const writtenAt = change + 300;
    expect(entryFreshness(afterChange(false), writtenAt, change + 60_000)).toBe("fresh");
    expect(entryFreshness(afterChange(true), writtenAt, change + SETTLE_SECONDS * 1000 - 1)).toBe("fresh");
    expect(entryFreshness(afterChange(true), writtenAt, change + SETTLE_SECONDS * 1000)).toBe("expired");
  });

  it("a page rendered after the settle time stays fresh", () => {
    const writtenAt = change + SETTLE_SECONDS * 1000 + 1;
    expect(entryFreshness(afterChange(true), writtenAt, change + 60_000)).toBe("fresh");
  });
});

import { describe, expect, it } from "vitest";
import { WEEK_KEYS, canonicalWeek, fingerprint } from "../../../src/sim/index";
import { chainHash, chainText, genesisHash } from "../../../src/sim/hash";
import { runOnce } from "./helpers";

describe("state hash", () => {
  const result = runOnce("coffee-members", 3, [], 12);

  it("hashes canonical JSON: whole numbers in fixed point, in WEEK_KEYS order, then event ids", () => {
    const week = result.weeks[0];
    if (!week) throw new Error("no week");
    const text = canonicalWeek(week, [
      {
        week: 1,
        id: "spam-wave",
        kind: "world",
        text: { "zh-cn": "x", en: "x" },
        hint: { "zh-cn": "x", en: "x" },
        module: 10,
      },
    ]);
    const parsed = JSON.parse(text) as [unknown[], string[]];
    expect(parsed[0]).toHaveLength(WEEK_KEYS.length);
    expect(parsed[0][WEEK_KEYS.indexOf("members")]).toBe(week.members);
    expect(parsed[0][WEEK_KEYS.indexOf("stickiness")]).toBe(Math.round(week.stickiness * 10000));
    expect(parsed[0][WEEK_KEYS.indexOf("stage")]).toBe(week.stage);
    expect(parsed[1]).toEqual(["spam-wave"]);
    for (const v of parsed[0])
      expect(typeof v === "string" || v === null || Number.isInteger(v)).toBe(true);
  });

  it("the fast chain step hashes exactly the canonical text", () => {
    let previous = genesisHash("v", "coffee-members", 3);
    const events = [
      {
        week: 1,
        id: "pr-crisis",
        kind: "world" as const,
        text: { "zh-cn": "x", en: "x" },
        hint: { "zh-cn": "x", en: "x" },
        module: 10,
      },
    ];
    for (const week of result.weeks) {
      const fast = chainHash(previous, week, events);
      expect(fast).toBe(chainText(previous, canonicalWeek(week, events)));
      previous = fast;
    }
    const first = result.weeks[0];
    if (!first) throw new Error("no week");
    const negative = { ...first, nps: -37, retentionW4: null };
    expect(chainHash(previous, negative, [])).toBe(
      chainText(previous, canonicalWeek(negative, [])),
    );
  });

  it("is 16 hex digits and changes with any input", () => {
    expect(fingerprint("a")).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint("a")).not.toBe(fingerprint("b"));
    expect(result.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it("chains: a run's hash depends on every week, so a longer run has another hash", () => {
    const longer = runOnce("coffee-members", 3, [], 13);
    expect(longer.weeks.slice(0, 12)).toEqual(result.weeks);
    expect(longer.hash).not.toBe(result.hash);
  });
});

import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { WEEK_KEYS, canonicalWeek, fingerprint } from "../../../src/sim/index";
import { chainHash, chainText, genesisHash, weekValues } from "../../../src/sim/hash";
import type { MetricName, WeekMetrics } from "../../../src/sim/index";
import { runOnce } from "./helpers";

describe("state hash", () => {
  const result = runOnce("coffee-members", 3, [], 12);

  it("reads every weekly output the vocabulary names, and nothing else (checked by the type checker)", () => {
    expectTypeOf<keyof WeekMetrics>().toEqualTypeOf<"week" | "stage" | MetricName>();
    expect(new Set(WEEK_KEYS).size).toBe(WEEK_KEYS.length);
  });

  it("hashes canonical JSON: whole numbers in fixed point, in WEEK_KEYS order, then event ids", () => {
    const week = result.weeks[0];
    if (!week) throw new Error("no week");
    const text = canonicalWeek(week, [
      {
        week: 1,
        id: "spam-wave",
        kind: "world",
        params: {},
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
        params: {},
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

  it("reads a week's values in WEEK_KEYS order", () => {
    const numbered = Object.fromEntries(WEEK_KEYS.map((k, i) => [k, i])) as unknown as WeekMetrics;
    expect(weekValues(numbered)).toEqual(WEEK_KEYS.map((_k, i) => i));
  });

  it("the fast chain step matches the canonical text for any values", () => {
    const first = result.weeks[0];
    if (!first) throw new Error("no week");
    const value = fc.oneof(
      fc.integer({ min: -1e9, max: 1e12 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constant(null),
    );
    fc.assert(
      fc.property(
        fc.array(value, { minLength: WEEK_KEYS.length, maxLength: WEEK_KEYS.length }),
        (values) => {
          const week = { ...first } as unknown as Record<string, unknown>;
          WEEK_KEYS.forEach((k, i) => {
            if (k !== "stage") week[k] = values[i];
          });
          const w = week as unknown as WeekMetrics;
          expect(chainHash("0123456789abcdef", w, [])).toBe(
            chainText("0123456789abcdef", canonicalWeek(w, [])),
          );
        },
      ),
      { numRuns: 300 },
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

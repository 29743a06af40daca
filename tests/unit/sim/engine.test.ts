import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EVENTS,
  EVENT_IDS,
  LEVERS,
  MODEL_VERSION,
  WEEK_KEYS,
  init,
  memberCount,
  replay,
  scenarioLevers,
  step,
  summarize,
  InvalidRunError,
  type Decision,
  type LeverSpec,
  type Levers,
  type WeekMetrics,
} from "../../../src/sim/index";
import { dictionary } from "../../../src/i18n";
import { eventHint, eventText } from "../../../src/i18n/sim";
import { makeT } from "../../../src/i18n/t";
import { runOnce, scenario } from "./helpers";
import { getScenario, listScenarios, monteCarloRun, replayRun } from "../../../src/lib/scenarios";

const zh = dictionary("zh-cn");
const en = dictionary("en");
const zhT = makeT(zh);
const enT = makeT(en);

const SNAPSHOT_WEEKS = [1, 13, 26, 52];
const SNAPSHOT_KEYS: (keyof WeekMetrics)[] = [
  "stage",
  "members",
  "joins",
  "churned",
  "dau",
  "wau",
  "mau",
  "stickiness",
  "retentionW1",
  "retentionW4",
  "retentionW12",
  "contributorsShare",
  "kFactor",
  "nps",
  "revenue",
  "spent",
  "hoursUsed",
];

describe("golden runs (seed → rounded metrics and hash)", () => {
  // A change here means results changed: bump MODEL_VERSION in src/sim/parameters.ts, then
  // `npx vitest run --project unit tests/unit/sim -u` and `npx tsx scripts/make-fixtures.ts`.
  it.each(listScenarios().map((s) => s.id))("%s with its default seed and levers", (id) => {
    const s = scenario(id);
    const result = runOnce(id, s.seed);
    const weeks = SNAPSHOT_WEEKS.map((w) => {
      const row = result.weeks[w - 1] as WeekMetrics;
      return Object.fromEntries([["week", w], ...SNAPSHOT_KEYS.map((k) => [k, row[k]])]);
    });
    expect({
      modelVersion: MODEL_VERSION,
      hash: result.hash,
      stages: result.stages,
      events: result.events.map((e) => `${e.week}:${e.id}`),
      weeks,
      final: result.final,
    }).toMatchSnapshot();
  });
});

describe("exact replay", () => {
  it("the same run gives the same hash and numbers", () => {
    const run = {
      modelVersion: MODEL_VERSION,
      scenario: "discord-indie-game",
      seed: 99,
      weeks: 30,
      decisions: [{ week: 5, set: { referral: "aggressive" as const } }],
    };
    expect(replayRun(run)).toEqual(replayRun(structuredClone(run)));
  });

  it("different seeds give different worlds", () => {
    expect(runOnce("coffee-members", 1).hash).not.toBe(runOnce("coffee-members", 2).hash);
  });

  it("step is pure: it never changes the state it is given", () => {
    const s = scenario("coffee-members");
    const start = init(s, 5);
    const copy = structuredClone(start);
    const levers = scenarioLevers(s);
    const next = step(start, levers);
    expect(start).toEqual(copy);
    expect(step(start, levers)).toEqual(next);
    expect(next.week).toBe(1);
  });

  it("step, summarize and replay agree", () => {
    const s = scenario("zsxq-ux-circle");
    let state = init(s, 8);
    for (let w = 0; w < 20; w++) state = step(state, scenarioLevers(s));
    const result = replayRun({
      modelVersion: MODEL_VERSION,
      scenario: s.id,
      seed: 8,
      weeks: 20,
      decisions: [],
    });
    expect(state.hash).toBe(result.hash);
    expect(summarize(state)).toEqual(result.final);
    expect(state.metrics).toEqual(result.weeks[19]);
  });

  it("states survive a round trip through JSON (a Web Worker can hold them)", () => {
    const s = scenario("xhs-beauty-creator");
    let state = init(s, 3);
    for (let w = 0; w < 10; w++) state = step(state, scenarioLevers(s));
    const thawed = JSON.parse(JSON.stringify(state));
    expect(step(thawed, scenarioLevers(s)).hash).toBe(step(state, scenarioLevers(s)).hash);
  });
});

describe("event log", () => {
  it.each(EVENT_IDS)("%s has words in both languages, a hint and a module", (id) => {
    expect(zh[`sim.event.${id}.text`], id).toMatch(/\p{Script=Han}/u);
    expect(en[`sim.event.${id}.text`], id).toMatch(/[a-z]/);
    expect(zh[`sim.event.${id}.hint`]!.length, id).toBeGreaterThan(8);
    expect(en[`sim.event.${id}.hint`]!.length, id).toBeGreaterThan(20);
    expect(EVENTS[id].module).toBeGreaterThanOrEqual(0);
    expect(EVENTS[id].module).toBeLessThanOrEqual(14);
  });

  it("every placeholder of a logged event's words is filled, in both languages", () => {
    const logged = listScenarios().flatMap((s) => runOnce(s.id, 3).events);
    expect(logged.length).toBeGreaterThan(0);
    for (const t of [zhT, enT])
      for (const e of logged) {
        expect(eventText(t, e), e.id).not.toMatch(/[{}]/);
        expect(eventHint(t, e), e.id).not.toMatch(/[{}]/);
      }
  });

  it("world events are the same under any decisions (common random numbers)", () => {
    const world = (decisions: Decision[]) =>
      runOnce("coffee-members", 17, decisions)
        .events.filter((e) =>
          ["spam-wave", "competitor-launch", "policy-change", "spring-festival"].includes(e.id),
        )
        .map((e) => `${e.week}:${e.id}`);
    expect(
      world([{ week: 0, set: { postsPerDay: 8, referral: "aggressive", adBudget: 9000 } }]),
    ).toEqual(world([]));
  });

  it("the Spring Festival slump falls on fixed calendar weeks", () => {
    // coffee-members starts in week 36 of the year: weeks 5–6 of the next year are run weeks 22–23.
    const spring = runOnce("coffee-members", 1).events.filter((e) => e.id === "spring-festival");
    expect(spring.map((e) => e.week)).toEqual([22]);
    const r = runOnce("coffee-members", 1);
    expect((r.weeks[21]?.dau ?? 0) / (r.weeks[20]?.dau ?? 1)).toBeLessThan(0.8);
  });

  it("a transformation is logged, and a second one within 8 weeks is refused", () => {
    const r = runOnce("rescue-tidelight", 4, [
      { week: 3, set: { transform: "theme" } },
      { week: 6, set: { transform: "crowd" } },
      { week: 12, set: { transform: "model" } },
    ]);
    expect(
      r.events.filter((e) => e.id.startsWith("transform")).map((e) => `${e.week}:${e.id}`),
    ).toEqual(["3:transform-theme", "6:transform-cooldown", "12:transform-model"]);
    const refused = r.events.find((e) => e.id === "transform-cooldown")!;
    expect(eventText(enT, refused)).toContain("Less than 8 weeks");
    expect(eventText(zhT, refused)).toContain("不足 8 周");
  });

  it("a full WeChat group turns newcomers away (500 per group)", () => {
    const parents = scenario("wechat-parents");
    const big = { ...parents, start: { ...parents.start, ordinary: 480 } };
    const r = replay(
      { modelVersion: MODEL_VERSION, scenario: big.id, seed: 1, weeks: 30, decisions: [] },
      big,
    );
    expect(Math.max(...r.weeks.map((w) => w.members))).toBeLessThanOrEqual(500);
    const full = r.events.find((e) => e.id === "group-full");
    expect(full && eventText(enT, full)).toContain("(500 per group)");
  });
});

/** An arbitrary valid value for a lever. */
function leverValue(spec: LeverSpec): fc.Arbitrary<unknown> {
  switch (spec.kind) {
    case "number":
      return fc.double({ min: spec.min, max: spec.max, noNaN: true });
    case "boolean":
      return fc.boolean();
    case "choice":
      return fc.constantFrom(...spec.options);
    case "action":
      return fc.constantFrom("none", ...spec.options);
  }
}

const decisionArb = fc.record({
  week: fc.integer({ min: 0, max: 30 }),
  set: fc.record(
    Object.fromEntries(LEVERS.map((l) => [l.name, leverValue(l)])) as Record<
      string,
      fc.Arbitrary<unknown>
    >,
    { requiredKeys: [] },
  ),
}) as fc.Arbitrary<Decision>;

const ids = listScenarios().map((s) => s.id);

describe("properties", () => {
  it("any levers in range: no negative or fractional counts, no NaN, members = sum of compartments", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.nat(100000),
        fc.array(decisionArb, { maxLength: 4 }),
        (id, seed, decisions) => {
          const s = getScenario(id);
          if (!s) return false;
          let state = init(s, seed);
          let levers: Levers = scenarioLevers(s);
          const byWeek = [...decisions].sort((a, b) => a.week - b.week);
          const problems: string[] = [];
          for (let w = 1; w <= 30; w++) {
            for (const d of byWeek) if (Math.max(1, d.week) === w) levers = { ...levers, ...d.set };
            state = step(state, levers);
            levers = { ...levers, transform: "none" };
            const m = state.metrics;
            for (const key of WEEK_KEYS) {
              const v = m[key];
              if (typeof v !== "number") continue;
              if (!Number.isFinite(v)) problems.push(`${key} is ${v} in week ${w}`);
              if (key !== "nps" && v < 0) problems.push(`${key} is negative in week ${w}`);
            }
            if (m.nps < -100 || m.nps > 100) problems.push(`nps ${m.nps} in week ${w}`);
            for (const key of [
              "stickiness",
              "retentionW1",
              "retentionW4",
              "retentionW12",
              "contributorsShare",
            ] as const) {
              const v = m[key];
              if (v !== null && v > 1) problems.push(`${key} ${v} > 1 in week ${w}`);
            }
            const compartments = [
              state.ordinary,
              state.active,
              state.core,
              state.dormant,
              ...state.newcomers,
            ].flat();
            if (!compartments.every((n) => Number.isInteger(n) && n >= 0))
              problems.push(`bad compartment in week ${w}`);
            if (m.members !== memberCount(state))
              problems.push(`members ≠ compartments in week ${w}`);
            if (m.members !== m.newcomer + m.ordinary + m.active + m.core + m.dormant)
              problems.push(`members ≠ segments in week ${w}`);
            if (m.dau > m.wau || m.wau > m.mau)
              problems.push(`DAU ≤ WAU ≤ MAU broken in week ${w}`);
          }
          expect(problems).toEqual([]);
          return true;
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it.each([
    [
      "a negative post count",
      [{ week: 0, set: { postsPerDay: -5 } }],
      52,
      /postsPerDay = -5 is out of range/,
    ],
    [
      "a monetization that is not a number",
      [{ week: 0, set: { monetization: Number.NaN } }],
      52,
      /monetization must be a number/,
    ],
    ["an unknown lever", [{ week: 3, set: { growthHack: 1 } }], 52, /unknown lever "growthHack"/],
    [
      "a decision after the last week",
      [{ week: 60, set: { postsPerDay: 2 } }],
      52,
      /week must be a whole number from 0 to 52/,
    ],
    ["a run of 0 weeks", [], 0, /weeks must be a whole number from 1 to 104/],
  ])(
    "replay and Monte Carlo reject %s, naming it, as the command line does",
    (_what, decisions, weeks, message) => {
      const run = {
        modelVersion: MODEL_VERSION,
        scenario: "coffee-members",
        seed: 1,
        weeks,
        decisions,
      } as never;
      expect(() => replayRun(run)).toThrow(InvalidRunError);
      expect(() => replayRun(run)).toThrow(message);
      expect(() => monteCarloRun(run, { runs: 3 })).toThrow(message);
    },
  );

  it("the same run always gives the same hash", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.nat(100000),
        fc.array(decisionArb, { maxLength: 3 }),
        (id, seed, decisions) => {
          const weeks = 52;
          const run = { modelVersion: MODEL_VERSION, scenario: id, seed, weeks, decisions };
          expect(replayRun(run).hash).toBe(replayRun(structuredClone(run)).hash);
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);

  it("changing week 40's decision never changes weeks 1–39", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.nat(100000),
        decisionArb,
        decisionArb,
        (id, seed, a, b) => {
          const run = (d: Decision) =>
            replayRun({
              modelVersion: MODEL_VERSION,
              scenario: id,
              seed,
              weeks: 44,
              decisions: [{ ...d, week: 40 }],
            });
          const ra = run(a);
          const rb = run(b);
          expect(ra.weeks.slice(0, 39)).toEqual(rb.weeks.slice(0, 39));
          expect(ra.events.filter((e) => e.week < 40)).toEqual(
            rb.events.filter((e) => e.week < 40),
          );
        },
      ),
      { numRuns: 20 },
    );
  }, 60_000);
});

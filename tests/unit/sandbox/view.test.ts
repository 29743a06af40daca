import { describe, expect, it } from "vitest";
import { MODEL_VERSION, init, scenarioLevers, type WeekMetrics } from "../../../src/sim/index";
import {
  alignBand,
  compareGoals,
  decisionLines,
  decisionMarkers,
  eventLog,
  goalChecklist,
  kpis,
  seriesOf,
  stageBands,
} from "../../../src/sandbox/view";
import { getScenario, replayRun } from "../../../src/lib/scenarios";

const scenario = getScenario("coffee-members")!;
const run = {
  modelVersion: MODEL_VERSION,
  scenario: scenario.id,
  seed: 7,
  weeks: 20,
  decisions: [{ week: 5, set: { postsPerDay: 5 } }],
};
const result = replayRun(run);
const rows: WeekMetrics[] = [init(scenario, 7).metrics, ...result.weeks];

describe("chart series", () => {
  const s = seriesOf(rows.slice(0, 11), 20, result.stages, run.decisions);

  it("holds one value per week on a 0..weeks axis, null after the weeks run", () => {
    expect(s.members).toHaveLength(21);
    expect(s.members.slice(0, 11)).toEqual(rows.slice(0, 11).map((r) => r.members));
    expect(s.members.slice(11).every((v) => v === null)).toBe(true);
    expect(s.current).toBe(10);
  });

  it("stacks the segments to the member count", () => {
    for (let w = 0; w <= 10; w++) {
      const sum = (["newcomer", "ordinary", "active", "core", "dormant"] as const).reduce(
        (t, k) => t + (s[k][w] ?? 0),
        0,
      );
      expect(sum).toBe(s.members[w]);
    }
  });

  it("has no joins in week 0 and joins by source adding up afterwards", () => {
    expect(s.joins[0]).toBeNull();
    for (let w = 1; w <= 10; w++)
      expect((s.joinsOrganic[w] ?? 0) + (s.joinsReferral[w] ?? 0) + (s.joinsPaid[w] ?? 0)).toBe(
        s.joins[w],
      );
  });

  it("draws the retention curve from 100% at joining through w1, w4, w12 of the current week", () => {
    const last = rows[10]!;
    expect(s.retention).toEqual([
      { x: 0, y: 1 },
      { x: 1, y: last.retentionW1 },
      { x: 4, y: last.retentionW4 },
      { x: 12, y: last.retentionW12 },
    ]);
  });

  it("marks the week a mid-run decision takes effect", () => {
    expect(s.markers).toEqual([5]);
  });
});

describe("stage bands", () => {
  it.each([
    [[{ stage: "start" as const, fromWeek: 0 }], 10, [{ stage: "start", from: 0, to: 10 }]],
    [
      [
        { stage: "start" as const, fromWeek: 0 },
        { stage: "growth" as const, fromWeek: 3 },
        { stage: "maturity" as const, fromWeek: 30 },
      ],
      12,
      [
        { stage: "start", from: 0, to: 3 },
        { stage: "growth", from: 3, to: 12 },
      ],
    ],
  ])("cuts spans at the current week (%#)", (spans, current, expected) => {
    expect(stageBands(spans, current)).toEqual(expected);
  });
});

describe("decision markers", () => {
  it("ignores the start and decisions beyond the next week", () => {
    expect(
      decisionMarkers(
        [
          { week: 0, set: { postsPerDay: 1 } },
          { week: 1, set: { postsPerDay: 2 } },
          { week: 4, set: { postsPerDay: 3 } },
          { week: 4, set: { rules: "strict" } },
          { week: 9, set: { postsPerDay: 3 } },
        ],
        6,
      ),
    ).toEqual([4]);
  });
});

describe("KPI cards", () => {
  it("show this week's value and the change from last week", () => {
    const cards = kpis(rows.slice(0, 4));
    const members = cards.find((k) => k.metric === "members")!;
    expect(members.value).toBe(rows[3]!.members);
    expect(members.delta).toBe(rows[3]!.members - rows[2]!.members);
  });

  it("have no change in week 0", () => {
    expect(kpis(rows.slice(0, 1)).every((k) => k.delta === null)).toBe(true);
  });
});

describe("the decision list", () => {
  it("says what each change replaced", () => {
    const base = scenarioLevers(scenario);
    const lines = decisionLines(base, [
      { week: 0, set: { postsPerDay: 4 } },
      { week: 6, set: { postsPerDay: 6, transform: "theme" } },
    ]);
    expect(lines).toEqual([
      { week: 0, lever: "postsPerDay", from: base.postsPerDay, to: 4 },
      { week: 6, lever: "postsPerDay", from: 4, to: 6 },
      { week: 6, lever: "transform", from: "none", to: "theme" },
    ]);
  });
});

describe("the decision list leaves out what changed nothing", () => {
  it("does not list a lever set to the value it already had (rules: basic → basic)", () => {
    const base = scenarioLevers(scenario);
    expect(base.rules).toBe("basic");
    const lines = decisionLines(base, [
      { week: 0, set: { rules: "basic", postsPerDay: 4 } },
      { week: 6, set: { postsPerDay: 4, transform: "none" } },
    ]);
    expect(lines).toEqual([{ week: 0, lever: "postsPerDay", from: base.postsPerDay, to: 4 }]);
  });
});

describe("the goal checklist", () => {
  const goals = [
    { metric: "members", op: ">=" as const, value: 1 },
    { metric: "members", op: ">=" as const, value: 1_000_000 },
    { metric: "members", op: ">=" as const, value: 1, byWeek: 18 },
    { metric: "nps", op: ">=" as const, value: 1000, byWeek: 5 },
  ];

  it("is pending or on track before a goal's week, met or missed after it", () => {
    const partial = replayRun({ ...run, weeks: 10 });
    const { lines } = goalChecklist(partial, goals, 20);
    expect(lines.map((l) => l.state)).toEqual(["on-track", "pending", "on-track", "missed"]);
    expect(lines[2]!.actual).toBe(partial.final.members);
  });

  it("scores exactly like the grader at the end", () => {
    const { lines, percent } = goalChecklist(result, goals, 20);
    expect(lines.map((l) => l.state)).toEqual(["met", "missed", "met", "missed"]);
    expect(percent).toBeGreaterThan(50);
    expect(percent).toBeLessThan(100);
  });
});

describe("comparing two runs", () => {
  it("gives B − A per goal and whether B is better for the goal's direction", () => {
    const a = replayRun({ ...run, decisions: [] });
    const lines = compareGoals(a, result, [
      { metric: "members", op: ">=", value: 1 },
      { metric: "spamIncidents", op: "<=", value: 0 },
    ]);
    expect(lines[0]!.diff).toBe(result.final.members - a.final.members);
    expect(lines[0]!.better).toBe(lines[0]!.diff! > 0 ? true : lines[0]!.diff! < 0 ? false : null);
    expect(lines[1]!.better).toBe(lines[1]!.diff! < 0 ? true : lines[1]!.diff! > 0 ? false : null);
  });
});

describe("Monte Carlo bands", () => {
  it("shift to the week axis", () => {
    expect(alignBand({ p10: [1, 2], p50: [3, 4], p90: [5, 6] }, 2)).toEqual({
      p10: [null, 1, 2],
      p50: [null, 3, 4],
      p90: [null, 5, 6],
    });
    expect(alignBand(undefined, 2)).toBeNull();
  });
});

describe("the event log", () => {
  it("lists the newest first", () => {
    const log = eventLog(result.events);
    for (let i = 1; i < log.length; i++)
      expect(log[i - 1]!.week).toBeGreaterThanOrEqual(log[i]!.week);
  });
});

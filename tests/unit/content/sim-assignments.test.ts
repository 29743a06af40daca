/**
 * The simulation assignments the modules set must be fair under the current engine: left on the
 * scenario's defaults (with the locks applied) a run falls short, and a strategy that follows
 * the module's own teaching meets every goal. When the engine or a scenario is recalibrated,
 * this test says which brief needs new goals.
 */
import { describe, expect, it } from "vitest";
import { scoreRun } from "../../../src/grading/score";
import { assignmentRun } from "../../../src/grading/submission";
import { moduleSimulationAssignment } from "../../../src/lib/module-assignment";
import type { Assignment } from "../../../src/schemas/assignment";
import { ModuleSchema } from "../../../src/schemas/module";
import { replay, type Decision } from "../../../src/sim/index";
import { readModules } from "./content-files";

interface SimAssignment {
  kind: "simulation";
  scenario: string;
  seed: number;
  weeks: number;
  locked?: Record<string, unknown>;
  goals: { metric: string; op: ">=" | "<="; value: number; byWeek?: number }[];
  brief: string;
}

/** For each module with a simulation assignment: what the module teaches, as decisions. */
const TAUGHT: Record<string, Decision[]> = {
  // Cold start: answer every newcomer, follow up one by one, one good post a day.
  "04-cold-start": [
    {
      week: 1,
      set: {
        replyCoverage: 1,
        contentQuality: 0.7,
        postsPerDay: 1,
        segmentCare: 0.8,
        eventsPerWeek: 1,
      },
    },
  ],
  // Referral with anti-cheat, strict rules and moderation instead of cash per head.
  "08-growth-referral": [
    {
      week: 1,
      set: {
        referral: "tiered",
        antiCheat: true,
        rules: "strict",
        moderationHours: 12,
        contentQuality: 0.8,
      },
    },
  ],
  // Grow paying members with a small ad spend; keep monetization light and hours within budget.
  "09-monetization": [{ week: 1, set: { adBudget: 300, monetization: 0.15, replyCoverage: 0.3 } }],
  // Stop squeezing a shrinking crowd, invite again with a weekly event and a little paid reach,
  // then a new theme (players' own levels) early, within Jay's 20 hours.
  "12-lifecycle": [
    { week: 1, set: { monetization: 0, referral: "tiered", adBudget: 200, eventsPerWeek: 1 } },
    { week: 4, set: { transform: "theme" } },
  ],
};

const simulationModules = readModules()
  .map((m) => ({ ...m, assignment: (m.frontmatter as { assignment?: SimAssignment }).assignment }))
  .filter((m) => m.assignment?.kind === "simulation");

/** The module's assignment as the sandbox opens it (both languages must agree, or this throws). */
function assignmentOf(id: string): Assignment | null {
  const [zh, en] = ["zh-cn", "en"].map((lang) =>
    ModuleSchema.parse(simulationModules.find((m) => m.id === id && m.lang === lang)?.frontmatter),
  );
  return zh && en ? moduleSimulationAssignment(id, zh, en) : null;
}

/** A run under the assignment (its locks as the week-0 decision, as in the sandbox), scored. */
function play(a: Assignment, decisions: Decision[]) {
  const run = replay(assignmentRun(a, decisions));
  return { run, score: scoreRun(run, a.goals) };
}

describe("simulation assignments in the modules", () => {
  it("every one has a taught strategy here, in both languages", () => {
    const ids = [...new Set(simulationModules.map((m) => m.id))].sort();
    expect(ids).toEqual(Object.keys(TAUGHT).sort());
    for (const id of ids)
      expect(
        simulationModules
          .filter((m) => m.id === id)
          .map((m) => m.lang)
          .sort(),
      ).toEqual(["en", "zh-cn"]);
  });

  it("set the same scenario, seed, weeks, locks and goals in both languages", () => {
    for (const id of Object.keys(TAUGHT)) expect(assignmentOf(id)).not.toBeNull();
  });

  for (const [id, strategy] of Object.entries(TAUGHT)) {
    it(`${id}: the defaults miss a goal and do not pass`, () => {
      const a = assignmentOf(id) as Assignment;
      expect(a).not.toBeNull();
      const { score } = play(a, []);
      expect(score.goals.some((g) => g.credit < 1)).toBe(true);
      expect(score.percent / 100).toBeLessThan(a.passMark);
    });
    it(`${id}: the strategy the module teaches meets every goal within the hours budget`, () => {
      const { score, run } = play(assignmentOf(id) as Assignment, strategy);
      expect(score.goals.filter((g) => g.credit < 1)).toEqual([]);
      const load =
        run.weeks.reduce((t, w) => t + w.hoursUsed / w.hoursBudget, 0) / run.weeks.length;
      expect(load).toBeLessThanOrEqual(1.05);
    });
    it(`${id}: the brief states the goals' figures in both languages`, () => {
      for (const m of simulationModules.filter((x) => x.id === id)) {
        const brief = (m.assignment as SimAssignment).brief;
        for (const g of (m.assignment as SimAssignment).goals) {
          const shown =
            g.value > 0 && g.value < 1
              ? `${Math.round(g.value * 100)}%`
              : g.value.toLocaleString("en-US");
          expect(brief, `${m.lang} brief of ${id} names ${g.metric} ${shown}`).toContain(shown);
        }
      }
    });
  }
});

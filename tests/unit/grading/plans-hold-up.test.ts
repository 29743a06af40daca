/**
 * Plans that hold up: a plan the capstone rubric rates well can be carried out by its team with
 * its budget, and the course's example plans, run in their scenarios, do what they promise.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { load as loadYaml } from "js-yaml";
import { describe, expect, it } from "vitest";
import { planCost, runForPlan } from "../../../src/grading/plan-cost";
import { scorePlan } from "../../../src/grading/rubric";
import { scoreRun } from "../../../src/grading/score";
import { ExamplePlanSchema } from "../../../src/schemas/example-plan";
import type { Plan } from "../../../src/schemas/plan";
import { RubricSchema } from "../../../src/schemas/rubric";
import { replayRun } from "../../../src/lib/scenarios";
import { planArb } from "../lib/plan-arbitraries";
import { readModules } from "../content/content-files";

const ROOT = join(import.meta.dirname, "../../..");
const rubric = (id: string) =>
  RubricSchema.parse(loadYaml(readFileSync(join(ROOT, `content/rubrics/${id}.yaml`), "utf8")));
const capstone = rubric("capstone");
const examples = readdirSync(join(ROOT, "content/plans")).map((file) => ({
  file,
  plan: ExamplePlanSchema.parse(
    JSON.parse(readFileSync(join(ROOT, "content/plans", file), "utf8")),
  ),
}));

/** A plan run in its scenario: what it costs, its score with that cost, and its KPIs met. */
function assess(plan: Plan) {
  const mapped = runForPlan(plan)!;
  const cost = planCost(mapped)!;
  const score = scorePlan(capstone, plan, { cost });
  const run = scoreRun(replayRun(mapped.run), mapped.goals);
  const met = run.goals.filter((g) => g.credit === 1).length;
  return { mapped, cost, score, run, met };
}

describe("the example plans, run at their scenario's seed", () => {
  it("are the three case communities' plans", () => {
    expect(examples.map((e) => e.file).sort()).toEqual([
      "coffee-members.json",
      "wechat-parents.json",
      "zsxq-ux-circle.json",
    ]);
  });

  const cases = examples.flatMap(({ file, plan }) =>
    (["zh-cn", "en"] as const).map((lang) => ({ name: `${file} (${lang})`, plan: plan[lang] })),
  );

  it.each(cases)("$name scores at least 80 percent with its workload measured", ({ plan }) => {
    const { score, cost } = assess(plan);
    console.log(
      `${plan.scenario}: ${(score.score * 100).toFixed(1)} %, busiest four weeks ${cost.busiestHours} h of ${cost.teamHours} h, spending up to ¥${cost.maxSpend} of ¥${cost.budget} a week`,
    );
    expect(score.capped).toBeNull();
    expect(score.score).toBeGreaterThanOrEqual(0.8);
    expect(score.passed).toBe(true);
  });

  it.each(cases)("$name stays within its team's hours and its budget", ({ plan }) => {
    const { cost } = assess(plan);
    expect(cost.busiestHours).toBeLessThanOrEqual(cost.teamHours);
    expect(cost.moneyShortFrom).toBeNull();
  });

  it.each(cases)("$name meets at least half of its KPIs in the sandbox", ({ plan }) => {
    const { run, met, mapped } = assess(plan);
    expect(mapped.goals.length).toBeGreaterThanOrEqual(3);
    expect(met * 2, JSON.stringify(run.goals)).toBeGreaterThanOrEqual(run.goals.length);
  });
});

describe("a plan its team cannot carry out", () => {
  it("is held below the pass mark however complete the rest is", () => {
    // The example plans with their calendars tripled: every other mark is as good as before.
    for (const { plan } of examples) {
      const base = plan.en;
      const heavy: Plan = {
        ...base,
        calendar: {
          ...base.calendar,
          slots: [0, 1, 2].flatMap((copy) =>
            base.calendar.slots.map((s) => ({ ...s, id: `${s.id}-${copy}` })),
          ),
        },
        events: base.events.map((e) => ({ ...e, cadence: "daily" as const })),
      };
      const { score, cost } = assess(heavy);
      expect(cost.hoursFit, base.scenario).toBe(false);
      expect(score.capped?.by).toEqual(["workload"]);
      expect(score.score).toBe(0.6);
      expect(score.passed).toBe(false);
    }
  });

  it("never scores 80 % or more: any plan rated that well fits its hours and money", () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const mapped = runForPlan(plan);
        if (!mapped) return;
        const cost = planCost(mapped)!;
        const score = scorePlan(capstone, plan, { cost });
        if (score.score >= 0.8) expect(cost.hoursFit && cost.moneyFit).toBe(true);
        if (!(cost.hoursFit && cost.moneyFit)) expect(score.score).toBeLessThanOrEqual(0.6);
      }),
      { numRuns: 150 },
    );
  });

  it("cannot be scored before its cost is known: the workload earns nothing until then", () => {
    const plan = examples[0]!.plan.en;
    const pending = scorePlan(capstone, plan, { cost: "pending" });
    const workload = pending.criteria.find((c) => c.id === "workload")!;
    expect(workload.level).toBe("needs-work");
    expect(workload.issues.map((i) => i.key)).toEqual(["workload.pending"]);
    expect(pending.passed).toBe(false);
  });

  it("no module lets a capped plan pass: every plan assignment's pass mark is above the cap", () => {
    const assignments = readModules().flatMap((m) => {
      const a = (
        m.frontmatter as { assignment?: { kind: string; rubric: string; passMark?: number } }
      ).assignment;
      return a?.kind === "plan" ? [{ module: `${m.lang}/${m.id}`, ...a }] : [];
    });
    expect(assignments.length).toBeGreaterThanOrEqual(14);
    for (const a of assignments) {
      const r = rubric(a.rubric);
      const mark = a.passMark ?? r.passMark;
      for (const c of Object.values(r.criteria)) {
        if (c.kind === "auto" && c.capsScoreAt !== undefined) {
          expect(c.capsScoreAt, a.module).toBeLessThan(mark);
        }
      }
    }
  });

  it("team-sop holds its score the same way", () => {
    const sop = rubric("team-sop");
    expect(sop.criteria.workload).toMatchObject({ kind: "auto", check: "workload-fits" });
    expect(sop.criteria.workload?.kind === "auto" && sop.criteria.workload.capsScoreAt).toBe(0.6);
  });
});

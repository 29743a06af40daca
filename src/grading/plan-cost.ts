/**
 * What a plan costs when it runs: the hours and money the engine charges its run week by week,
 * against the scenario's team hours and weekly budget. The planner shows it live and the
 * `workload-fits` check (checks.ts) grades it, so "a sustainable workload" is measured, not
 * self-assessed.
 *
 * Hours are judged like an hours goal under scoring rule 3: the average of the busiest four
 * consecutive weeks, so one heavy launch week is allowed and a plan cannot look light by easing
 * off at the end. Money is judged on every week: the run must never want more than the budget
 * (the engine's "money-short" alert).
 */
import {
  applyDecisions,
  init,
  leverHourParts,
  MODEL_VERSION,
  replay,
  scenarioLevers,
  type ReplayResult,
  type Scenario,
} from "../sim/index";
import { getScenario } from "../lib/scenarios";
import type { Plan } from "../schemas/plan";
import { planToRun, type PlanRun } from "./plan-to-run";
import { busiestWindow } from "./score";
import type { PlanCost } from "./cost-types";

export type { PlanCost };

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The cost of a run already replayed in its scenario. */
export function runCost(
  mapped: Pick<PlanRun, "run">,
  scenario: Scenario,
  result: ReplayResult,
): PlanCost {
  const weeks = result.weeks;
  const hours = weeks.map((w) => w.hoursUsed);
  const busiest = busiestWindow(hours) ?? { average: 0, from: 1 };
  const week = busiest.from;
  // The engine charges week w's levers against the members and joins it starts the week with.
  const before = week > 1 ? weeks[week - 2] : undefined;
  const start = init(scenario, mapped.run.seed);
  const members = before ? before.members : weeks[0] ? weeks[0].members - weeks[0].joins : 0;
  const lastJoins = before ? before.joins : start.lastJoins;
  const levers = applyDecisions(scenarioLevers(scenario), mapped.run.decisions, week);
  const parts = leverHourParts(levers, scenario, members, lastJoins, week === 1);
  const charged = Object.values(parts).reduce((sum, h) => sum + h, 0);
  const spend = weeks.map((w) => w.spentWeek);
  const short = result.events.find((e) => e.id === "money-short");
  const teamHours = scenario.budget.hoursPerWeek;
  return {
    teamHours,
    busiestHours: busiest.average,
    busiestFrom: week,
    firstWeekHours: round1(hours[0] ?? 0),
    levers: Object.fromEntries(Object.entries(parts).map(([k, h]) => [k, round1(h)])),
    otherHours: round1(Math.max(0, (hours[week - 1] ?? 0) - charged)),
    budget: scenario.budget.moneyPerWeek,
    meanSpend: Math.round(spend.reduce((a, b) => a + b, 0) / Math.max(1, spend.length)),
    maxSpend: Math.round(Math.max(0, ...spend)),
    moneyShortFrom: short ? short.week : null,
    hoursFit: busiest.average <= teamHours,
    moneyFit: short === undefined,
  };
}

/** Runs a mapped plan in its scenario and returns what it costs; null for an unknown scenario. */
export function planCost(mapped: Pick<PlanRun, "run">): PlanCost | null {
  const scenario = getScenario(mapped.run.scenario);
  if (!scenario) return null;
  return runCost(mapped, scenario, replay(mapped.run, scenario));
}

/** A plan's run in the scenario it names, at that scenario's seed; null for an unknown scenario. */
export function runForPlan(plan: Plan): PlanRun | null {
  const scenario = getScenario(plan.scenario);
  return scenario
    ? planToRun(plan, { scenario, modelVersion: MODEL_VERSION, seed: scenario.seed })
    : null;
}

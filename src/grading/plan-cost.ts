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
  memberCount,
  replay,
  scenarioLevers,
  type ReplayResult,
  type Run,
  type Scenario,
} from "../sim/index";
import { getScenario } from "../lib/scenarios";
import { busiestWindow } from "./score";
import type { PlanCost } from "./cost-types";

export type { PlanCost };

const round1 = (x: number) => Math.round(x * 10) / 10;

/** A plan's run (planToRun's result, of which only the run counts here). */
interface MappedRun {
  run: Run;
}

/** The cost of a run already replayed in its scenario. */
export function runCost(mapped: MappedRun, scenario: Scenario, result: ReplayResult): PlanCost {
  const weeks = result.weeks;
  const hours = weeks.map((w) => w.hoursUsed);
  const busiest = busiestWindow(hours) ?? { average: 0, from: 1 };
  const week = busiest.from;
  // The engine charges week w's levers against the members and joins it starts the week with:
  // the week before's, or for week 1 the scenario's starting state.
  const before = week > 1 ? weeks[week - 2] : undefined;
  const start = before ? null : init(scenario, mapped.run.seed);
  const members = before ? before.members : memberCount(start!);
  const lastJoins = before ? before.joins : start!.lastJoins;
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
export function planCost(mapped: MappedRun): PlanCost | null {
  const scenario = getScenario(mapped.run.scenario);
  if (!scenario) return null;
  return runCost(mapped, scenario, replay(mapped.run, scenario));
}

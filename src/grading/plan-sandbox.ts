/**
 * Plan → sandbox with the engine's own scenarios: what the tests, the CLI and any page that already
 * loads the engine use. (The planner island gets scenarios as props and calls planToRun and
 * sandboxLink from plan-to-run.ts directly, so that its page does not load the engine.)
 */
import type { Lang } from "../schemas/common";
import type { Plan } from "../schemas/plan";
import { MODEL_VERSION } from "../sim";
import { planToRun, sandboxLink, type PlanRun } from "./plan-to-run";
import { getScenario } from "../lib/scenarios";

/** The run for a plan in the scenario it names (the scenario's own seed unless one is given); null for an unknown scenario. */
export function runForPlan(plan: Plan, options: { seed?: number } = {}): PlanRun | null {
  const scenario = getScenario(plan.scenario);
  if (!scenario) return null;
  return planToRun(plan, {
    scenario,
    modelVersion: MODEL_VERSION,
    seed: options.seed ?? scenario.seed,
  });
}

/**
 * The sandbox link that runs a plan: `/<lang>/sandbox/#run=…`, carrying the run's scenario,
 * seed, weeks and decisions, the KPIs as goals, and the plan's name as the label. Null when the
 * plan names no known scenario.
 */
export function sandboxUrlForPlan(
  plan: Plan,
  lang: Lang,
  options: { seed?: number } = {},
): string | null {
  const mapped = runForPlan(plan, options);
  return mapped && sandboxLink(plan, mapped, lang);
}

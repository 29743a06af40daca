/**
 * The engine's public API. The sandbox page, its Web Worker, the gradebook and the `sim` /
 * `verify` commands use only what is exported here (src/sim/README.md documents it).
 */
import {
  replayWith,
  monteCarloWith,
  type MonteCarloOptions,
  type MonteCarloResult,
} from "./replay";
import { validateDecisions, type DecisionProblem } from "./levers";
import type { ReplayResult, Run, Scenario } from "./types";

export { MODEL_VERSION } from "./parameters";
export { init, step, summarize, scenarioLevers, memberCount } from "./engine";
export { leverHourParts, leverHours, seedHours, type LeverHours } from "./cost";
export { topPostersShare } from "./participation";
export {
  LEVERS,
  LEVER_NAMES,
  LEVER_DEFAULTS,
  defaultLevers,
  leverSpec,
  checkLever,
} from "../vocabulary/levers";
export type {
  LeverSpec,
  LeverProblem,
  NumberLever,
  ChoiceLever,
  BooleanLever,
  ActionLever,
} from "../vocabulary/levers";
export { validateLevers, validateDecisions, parseLeverValue } from "./levers";
export type { DecisionProblem } from "./levers";
export { applyDecisions, leverTimeline, scheduleDecisions, withLocks } from "./decisions";
export { METRICS, METRIC_NAMES, FINAL_KEYS, GOAL_METRICS, metricKind } from "../vocabulary/metrics";
export type { MetricSpec, MetricKind, MetricName, FinalKey } from "../vocabulary/metrics";
export { WEEK_KEYS } from "./metrics";
export { EVENTS, EVENT_IDS } from "./events";
export type { EventId } from "./events";
export { derivedSeed, percentile, replayWith, monteCarloWith } from "./replay";
export type { MonteCarloOptions, MonteCarloResult, Band, Spread } from "./replay";
export { canonicalWeek, fingerprint } from "./hash";
export type {
  Levers,
  Decision,
  Run,
  WeekMetrics,
  Final,
  SimState,
  SimEvent,
  EventKind,
  EventParams,
  Scenario,
  ScenarioGoal,
  LocalizedText,
  Stage,
  StageSpan,
  Segment,
  Source,
  Platform,
  CommunityType,
  ReplayResult,
} from "./types";

/**
 * Thrown when a run cannot be replayed as given: a seed or length out of range, or decisions with
 * unknown levers, values out of range or weeks outside the run. `problems` says what, lever by
 * lever, as the command line reports it.
 */
export class InvalidRunError extends Error {
  constructor(readonly problems: readonly (DecisionProblem | { code: string; message: string })[]) {
    super(problems.map((p) => p.message).join("; "));
    this.name = "InvalidRunError";
  }
}

/** What is wrong with a run's seed, length and decisions (an empty list when it can be replayed). */
export function runProblems(
  run: Pick<Run, "seed" | "weeks" | "decisions">,
): (DecisionProblem | { code: string; message: string })[] {
  const problems: (DecisionProblem | { code: string; message: string })[] = [];
  if (!Number.isInteger(run.seed) || run.seed < 0)
    problems.push({
      code: "seed",
      message: `seed must be a whole number from 0, not ${String(run.seed)}`,
    });
  if (!Number.isInteger(run.weeks) || run.weeks < 1 || run.weeks > 104)
    problems.push({
      code: "weeks",
      message: `weeks must be a whole number from 1 to 104, not ${String(run.weeks)}`,
    });
  if (!Array.isArray(run.decisions))
    problems.push({ code: "decisions", message: "decisions must be a list" });
  else
    problems.push(
      ...validateDecisions(run.decisions, Number.isInteger(run.weeks) ? run.weeks : 104),
    );
  return problems;
}

function checked(run: Run): void {
  const problems = runProblems(run);
  if (problems.length) throw new InvalidRunError(problems);
}

/**
 * Replays a run exactly with the current model in the scenario given (the caller loads it:
 * src/lib/scenarios.ts holds the course's): every week's metrics, the stages, the event log, the
 * chained hash and the final summary. The seed, length and decisions are checked first
 * (InvalidRunError names every problem); it does not check `run.modelVersion` — compare it with
 * MODEL_VERSION first (verify does).
 */
export function replay(run: Run, scenario: Scenario): ReplayResult {
  checked(run);
  return replayWith(run, scenario);
}

/** The same decisions over `options.runs` seeds derived from `run.seed`: p10/p50/p90 per week and metric. */
export function monteCarlo(
  run: Run,
  options: MonteCarloOptions,
  scenario: Scenario,
): MonteCarloResult {
  checked(run);
  return monteCarloWith(run, scenario, options);
}

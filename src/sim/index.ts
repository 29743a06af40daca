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
import { getScenario } from "./scenarios";
import type { ReplayResult, Run, Scenario } from "./types";

export { MODEL_VERSION } from "./parameters";
export { init, step, summarize, scenarioLevers, memberCount } from "./engine";
export { leverHours } from "./week/budget";
export {
  LEVERS,
  LEVER_NAMES,
  leverSpec,
  validateLevers,
  validateDecisions,
  checkLever,
  parseLeverValue,
} from "./levers";
export type {
  LeverSpec,
  LeverGroup,
  LeverProblem,
  DecisionProblem,
  NumberLever,
  ChoiceLever,
  BooleanLever,
  ActionLever,
} from "./levers";
export { LEVER_DEFAULTS, defaultLevers } from "./defaults";
export { applyDecisions, leverTimeline, scheduleDecisions, withLocks } from "./decisions";
export { METRICS, METRIC_NAMES, FINAL_KEYS, WEEK_KEYS } from "./metrics";
export type { MetricSpec, MetricKind } from "./metrics";
export { EVENT_TEXTS } from "./events";
export type { EventId } from "./events";
export { listScenarios, getScenario, DEFAULT_SCENARIO_ID, SCENARIO_IDS } from "./scenarios";
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
  Scenario,
  Stage,
  StageSpan,
  Segment,
  Source,
  Platform,
  CommunityType,
  LocalizedText,
  ReplayResult,
} from "./types";

/** Thrown when a run names a scenario that does not exist. */
export class UnknownScenarioError extends Error {
  constructor(readonly scenario: string) {
    super(`unknown scenario "${scenario}"`);
    this.name = "UnknownScenarioError";
  }
}

function resolve(run: Pick<Run, "scenario">, scenario?: Scenario): Scenario {
  const found = scenario ?? getScenario(run.scenario);
  if (!found) throw new UnknownScenarioError(run.scenario);
  return found;
}

/**
 * Replays a run exactly with the current model: every week's metrics, the stages, the event log,
 * the chained hash and the final summary. The scenario is looked up by `run.scenario` unless
 * given. It does not check `run.modelVersion` — compare it with MODEL_VERSION first (verify does).
 */
export function replay(run: Run, scenario?: Scenario): ReplayResult {
  return replayWith(run, resolve(run, scenario));
}

/** The same decisions over `options.runs` seeds derived from `run.seed`: p10/p50/p90 per week and metric. */
export function monteCarlo(
  run: Run,
  options: MonteCarloOptions,
  scenario?: Scenario,
): MonteCarloResult {
  return monteCarloWith(run, resolve(run, scenario), options);
}

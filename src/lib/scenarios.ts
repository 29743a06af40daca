/**
 * The course's scenarios (content/scenarios/*.json), imported statically so the same code works
 * under Node (tsx), in the Vite-bundled page and in a Web Worker. The engine does not know them:
 * whoever runs a run looks its scenario up here and passes it in (`replayRun` does both). The
 * files are checked against ScenarioSchema by the unit tests and the CLI; this registry does not
 * load zod, to keep it out of the sandbox bundle.
 */
import coffeeMembers from "../../content/scenarios/coffee-members.json";
import discordIndieGame from "../../content/scenarios/discord-indie-game.json";
import rescueTidelight from "../../content/scenarios/rescue-tidelight.json";
import wechatParents from "../../content/scenarios/wechat-parents.json";
import xhsBeautyCreator from "../../content/scenarios/xhs-beauty-creator.json";
import zsxqUxCircle from "../../content/scenarios/zsxq-ux-circle.json";
import {
  monteCarlo,
  replay,
  type MonteCarloOptions,
  type MonteCarloResult,
  type ReplayResult,
  type Run,
  type Scenario,
} from "../sim/index";

/** In the order the sandbox lists them: the default first, the rescue last. */
const SCENARIOS = [
  coffeeMembers,
  wechatParents,
  discordIndieGame,
  zsxqUxCircle,
  xhsBeautyCreator,
  rescueTidelight,
] as unknown as readonly Scenario[];

/** The scenario marked `"default": true`. */
export const DEFAULT_SCENARIO_ID: string = (SCENARIOS.find((s) => s.default) ?? coffeeMembers).id;

export function listScenarios(): readonly Scenario[] {
  return SCENARIOS;
}

/** A scenario by id, or undefined. */
export function getScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}

export const SCENARIO_IDS: readonly string[] = SCENARIOS.map((s) => s.id);

/** Thrown when a run names a scenario that does not exist. */
export class UnknownScenarioError extends Error {
  constructor(readonly scenario: string) {
    super(`unknown scenario "${scenario}"`);
    this.name = "UnknownScenarioError";
  }
}

/** The scenario a run names (UnknownScenarioError when there is none). */
export function scenarioOf(run: Pick<Run, "scenario">): Scenario {
  const found = getScenario(run.scenario);
  if (!found) throw new UnknownScenarioError(run.scenario);
  return found;
}

/** `replay` in the scenario the run names. */
export function replayRun(run: Run): ReplayResult {
  return replay(run, scenarioOf(run));
}

/** `monteCarlo` in the scenario the run names. */
export function monteCarloRun(run: Run, options: MonteCarloOptions): MonteCarloResult {
  return monteCarlo(run, options, scenarioOf(run));
}

/**
 * The scenarios of content/scenarios, imported statically so the same code works under Node
 * (tsx), in the Vite-bundled page and in a Web Worker. The files are checked against
 * ScenarioSchema by the unit tests and the CLI; this registry does not load zod, to keep it out
 * of the sandbox bundle.
 */
import coffeeMembers from "../../content/scenarios/coffee-members.json";
import discordIndieGame from "../../content/scenarios/discord-indie-game.json";
import rescueTidelight from "../../content/scenarios/rescue-tidelight.json";
import wechatParents from "../../content/scenarios/wechat-parents.json";
import xhsBeautyCreator from "../../content/scenarios/xhs-beauty-creator.json";
import zsxqUxCircle from "../../content/scenarios/zsxq-ux-circle.json";
import type { Scenario } from "./types";

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

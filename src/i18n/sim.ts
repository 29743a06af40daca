/**
 * The engine's words. The engine speaks in keys (lever and metric names, event ids with their
 * figures); what they say lives here, as UI strings under `sim.`:
 *
 * - `sim.lever.<name>.label`, `.unit` (number levers), `.help`, `.cost`, `.option.<value>`
 *   (choices and actions);
 * - `sim.metric.<name>`;
 * - `sim.event.<id>.text` and `.hint`, with the event's `params` as placeholders.
 *
 * Pass an island the strings it needs with `pickStrings(lang, "sim.lever.", …)`.
 */
import type { T } from "./t";

/** A word, or `fallback` where there is none: a name read from a file may be one the engine does not know. */
function wordOr(t: T, key: string, fallback: string): string {
  const word = t(key);
  return word === key ? fallback : word;
}

/** A lever's label; an unknown lever (from a file) by its name as written. */
export const leverLabel = (t: T, name: string): string =>
  wordOr(t, `sim.lever.${name}.label`, name);
export const leverUnit = (t: T, name: string): string => t(`sim.lever.${name}.unit`);
export const leverHelp = (t: T, name: string): string => t(`sim.lever.${name}.help`);
export const leverCost = (t: T, name: string): string => t(`sim.lever.${name}.cost`);
export const leverOption = (t: T, name: string, option: string): string =>
  t(`sim.lever.${name}.option.${option}`);
/** A metric's label; an unknown metric (from a file) by its name as written. */
export const metricLabel = (t: T, name: string): string => wordOr(t, `sim.metric.${name}`, name);

/** An event log entry as the engine gives it: an id and the figures its words name. */
interface EventKeys {
  id: string;
  params: Readonly<Record<string, number>>;
}
export const eventText = (t: T, e: EventKeys): string => t(`sim.event.${e.id}.text`, e.params);
export const eventHint = (t: T, e: EventKeys): string => t(`sim.event.${e.id}.hint`, e.params);

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

export const leverLabel = (t: T, name: string): string => t(`sim.lever.${name}.label`);
export const leverUnit = (t: T, name: string): string => t(`sim.lever.${name}.unit`);
export const leverHelp = (t: T, name: string): string => t(`sim.lever.${name}.help`);
export const leverCost = (t: T, name: string): string => t(`sim.lever.${name}.cost`);
export const leverOption = (t: T, name: string, option: string): string =>
  t(`sim.lever.${name}.option.${option}`);
export const metricLabel = (t: T, name: string): string => t(`sim.metric.${name}`);

/** An event log entry as the engine gives it: an id and the figures its words name. */
interface EventKeys {
  id: string;
  params: Readonly<Record<string, number>>;
}
export const eventText = (t: T, e: EventKeys): string => t(`sim.event.${e.id}.text`, e.params);
export const eventHint = (t: T, e: EventKeys): string => t(`sim.event.${e.id}.hint`, e.params);

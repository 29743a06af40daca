/** Drawing helpers shared by the phases: multinomial moves, event sizes, the event log. */
import * as P from "../parameters";
import { binomial, type Uniform } from "../rng";
import { makeEvent, type EventId } from "../events";
import type { EventParams, SimEvent, SimState } from "../types";

/** Scratch for `draws`: overwritten by every call, read right after (keeps the hot loop allocation-free). */
export const drawn = [0, 0, 0, 0];

/**
 * Sequential conditional binomials: how many of n take each of up to four outflows with the
 * given probabilities (a multinomial draw), written to `drawn`. Probabilities are scaled down
 * together if they sum to more than 0.95. A zero probability draws no random number.
 */
export function draws(
  rng: Uniform,
  n: number,
  p1: number,
  p2: number,
  p3: number,
  p4: number,
): void {
  const total = p1 + p2 + p3 + p4;
  const k = total > 0.95 ? 0.95 / total : 1;
  const a = p1 * k;
  const b = p2 * k;
  const c = p3 * k;
  const x1 = a > 0 ? binomial(rng, n, a) : 0;
  const x2 = b > 0 ? binomial(rng, n - x1, b / (1 - a)) : 0;
  const x3 = c > 0 ? binomial(rng, n - x1 - x2, c / (1 - a - b)) : 0;
  const x4 = p4 > 0 ? binomial(rng, n - x1 - x2 - x3, (p4 * k) / (1 - a - b - c)) : 0;
  drawn[0] = x1;
  drawn[1] = x2;
  drawn[2] = x3;
  drawn[3] = x4;
}

/** An event's size, 0.6–1.4×, from a uniform. */
export function magnitude(u: number): number {
  return P.EVENTS.magnitudeMin + P.EVENTS.magnitudeSpan * u;
}

/** Adds an event to this week's log. */
export function logEvent(
  events: SimEvent[],
  id: EventId,
  week: number,
  params?: EventParams,
): void {
  events.push(makeEvent(id, week, params));
}

/** Logs an alert when it comes on (once), and forgets it when it goes off. */
export function toggleAlert(
  s: SimState,
  events: SimEvent[],
  week: number,
  id: EventId,
  on: boolean,
  params?: EventParams,
): void {
  const had = s.alerts.includes(id);
  if (on && !had) {
    s.alerts = [...s.alerts, id];
    logEvent(events, id, week, params);
  } else if (!on && had) s.alerts = s.alerts.filter((a) => a !== id);
}

/**
 * The event log's catalogue: each event's kind and the module that teaches the answer. Its words
 * (what happened, what the operator could have done) are UI strings, `sim.event.<id>.text` and
 * `.hint` in src/i18n/, filled in with the event's `params`. World events are drawn in
 * week/world.ts and week/joins.ts; actions are the learner's transformations; alerts say when the
 * plan itself is the problem.
 */
import type { EventKind, EventParams, SimEvent } from "./types";

interface EventInfo {
  kind: EventKind;
  module: number;
}

export const EVENTS = {
  "spam-wave": { kind: "world", module: 10 },
  "pr-crisis": { kind: "world", module: 10 },
  "viral-post": { kind: "world", module: 4 },
  "competitor-launch": { kind: "world", module: 2 },
  "policy-change": { kind: "world", module: 3 },
  "spring-festival": { kind: "world", module: 6 },
  "transform-theme": { kind: "action", module: 12 },
  "transform-model": { kind: "action", module: 12 },
  "transform-crowd": { kind: "action", module: 12 },
  "transform-too-early": { kind: "alert", module: 12 },
  "transform-cooldown": { kind: "alert", module: 12 },
  burnout: { kind: "alert", module: 13 },
  "team-shrinking": { kind: "alert", module: 13 },
  "money-short": { kind: "alert", module: 8 },
  "group-full": { kind: "alert", module: 1 },
} satisfies Record<string, EventInfo>;

export type EventId = keyof typeof EVENTS;

/** The ids of every event the log can hold. */
export const EVENT_IDS = Object.keys(EVENTS) as EventId[];

/** A log entry for an event in a week, with the figures its words name. */
export function makeEvent(id: EventId, week: number, params: EventParams = {}): SimEvent {
  const e: EventInfo = EVENTS[id];
  return { week, id, kind: e.kind, params, module: e.module };
}

/**
 * An incremental replayer over the engine's public `init`/`step`: it keeps every week's state, so
 * stepping one week or changing next week's levers recomputes only the weeks that change instead
 * of the whole run. It follows `replay()` exactly (the engine's `leverTimeline`); tests/unit/islands/growthSandbox compares
 * the two on random runs.
 */
import {
  init,
  leverTimeline,
  scenarioLevers,
  step,
  summarize,
  type Decision,
  type Levers,
  type ReplayResult,
  type Scenario,
  type SimEvent,
  type SimState,
} from "../sim/index";

export interface Timeline {
  scenario: Scenario;
  seed: number;
  /** states[w] is the state after week w; states[0] is the starting state. */
  states: SimState[];
  /** levers[w] are the levers week w ran with (levers[0]: the scenario's starting levers). */
  levers: Levers[];
}

function sameLevers(a: Levers | undefined, b: Levers): boolean {
  if (!a) return false;
  for (const key of Object.keys(b) as (keyof Levers)[]) if (a[key] !== b[key]) return false;
  return true;
}

/**
 * The timeline of a run up to `week`, reusing `previous` for every week whose levers (and every
 * earlier week's) are unchanged. `previous` is not modified.
 */
export function advance(
  previous: Timeline | null,
  scenario: Scenario,
  seed: number,
  decisions: readonly Decision[],
  week: number,
): Timeline {
  const wanted = leverTimeline(scenarioLevers(scenario), decisions, week);
  const reuse =
    previous && previous.scenario.id === scenario.id && previous.seed === seed ? previous : null;
  const states: SimState[] = [reuse?.states[0] ?? init(scenario, seed)];
  const levers: Levers[] = [wanted[0] as Levers];
  let valid = reuse !== null;
  for (let w = 1; w <= week; w++) {
    const l = wanted[w] as Levers;
    const cached = reuse?.states[w];
    if (valid && cached && sameLevers(reuse?.levers[w], l)) {
      states.push(cached);
    } else {
      valid = false;
      states.push(step(states[w - 1] as SimState, l));
    }
    levers.push(l);
  }
  return { scenario, seed, states, levers };
}

/** What replay() would return for the weeks run so far. */
export function timelineResult(timeline: Timeline): ReplayResult {
  const last = timeline.states[timeline.states.length - 1] as SimState;
  const run = timeline.states.slice(1);
  const events: SimEvent[] = [];
  for (const s of run) for (const e of s.events) events.push(e);
  return {
    weeks: run.map((s) => s.metrics),
    stages: last.stages,
    events,
    hash: last.hash,
    final: summarize(last),
  };
}

/** The state the next week would start from (the last one computed). */
export function lastState(timeline: Timeline): SimState {
  return timeline.states[timeline.states.length - 1] as SimState;
}

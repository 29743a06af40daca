/**
 * "What changed my outcome": nudge one lever up or down for the whole run (its starting value
 * and every later decision about it), replay, and compare a metric with the unchanged run.
 * Pure; the Web Worker runs it so the page stays responsive.
 */
import { goalValue } from "../grading/score";
import {
  LEVERS,
  type Decision,
  type LeverSpec,
  type Levers,
  type ReplayResult,
  type Run,
} from "../sim/index";
import { leverStep } from "./layout";
import { replayRun } from "../lib/scenarios";

export type Direction = "up" | "down";

/** How far a number lever is nudged: a tenth of its range, rounded to its step. */
export function nudgeSize(spec: Extract<LeverSpec, { kind: "number" }>): number {
  const raw = (spec.max - spec.min) / 10;
  const step = leverStep(spec.name);
  const steps = Math.max(1, Math.round(raw / step));
  return Math.round(steps * step * 10000) / 10000;
}

/** A value moved one nudge in a direction, clamped to the lever's range. */
export function nudgeValue(spec: LeverSpec, value: unknown, direction: Direction): unknown {
  switch (spec.kind) {
    case "number": {
      const d = nudgeSize(spec) * (direction === "up" ? 1 : -1);
      const next = Math.round(((value as number) + d) * 10000) / 10000;
      return Math.min(spec.max, Math.max(spec.min, next));
    }
    case "choice": {
      const i = spec.options.indexOf(String(value));
      const j = Math.min(spec.options.length - 1, Math.max(0, i + (direction === "up" ? 1 : -1)));
      return spec.options[j];
    }
    case "boolean":
      return direction === "up";
    case "action":
      return value;
  }
}

/**
 * The decisions of a run with one lever nudged everywhere, or null when the nudge changes
 * nothing (the lever is at its limit for the whole run).
 */
export function nudgedDecisions(
  base: Levers,
  decisions: readonly Decision[],
  spec: LeverSpec,
  direction: Direction,
): Decision[] | null {
  const name = spec.name;
  let changed = false;
  const move = (value: unknown) => {
    const next = nudgeValue(spec, value, direction);
    if (next !== value) changed = true;
    return next;
  };
  const start: Decision = { week: 0, set: { [name]: move(base[name]) } as Partial<Levers> };
  const rest = decisions.map((d) =>
    name in d.set
      ? { week: d.week, set: { ...d.set, [name]: move(d.set[name]) } as Partial<Levers> }
      : d,
  );
  return changed ? [start, ...rest] : null;
}

/** The nudges worth trying: every lever but the one-off transform and any locked ones. */
export function nudgePlan(
  locked: readonly string[] = [],
): { spec: LeverSpec; direction: Direction }[] {
  return LEVERS.filter((l) => l.kind !== "action" && !locked.includes(l.name)).flatMap((spec) =>
    (["up", "down"] as const).map((direction) => ({ spec, direction })),
  );
}

export interface Effect {
  lever: keyof Levers;
  direction: Direction;
  /** The metric with the nudge minus without; null when the nudge changed nothing or the metric has no value. */
  effect: number | null;
  /** What the nudge did: the number delta, or the value moved to. */
  change: number | string | boolean | null;
}

function changeOf(spec: LeverSpec, direction: Direction): number | string | boolean | null {
  if (spec.kind === "number") return nudgeSize(spec) * (direction === "up" ? 1 : -1);
  if (spec.kind === "boolean") return direction === "up";
  return direction;
}

/**
 * Effects of every nudge on `metric` at the end of the run. `base` are the run's starting levers
 * (the scenario's with locks). Calls `onProgress` after each replay.
 */
export function sensitivity(
  run: Run,
  base: Levers,
  metric: string,
  locked: readonly string[] = [],
  onProgress?: (done: number, total: number) => void,
  replay: (run: Run) => ReplayResult = replayRun,
): { baseline: number | null; effects: Effect[] } {
  const value = (result: ReplayResult) => goalValue(result, { metric });
  const baseline = value(replay(run));
  const plan = nudgePlan(locked);
  const effects: Effect[] = [];
  plan.forEach(({ spec, direction }, i) => {
    const decisions = nudgedDecisions(base, run.decisions, spec, direction);
    let effect: number | null = null;
    if (decisions) {
      const v = value(replay({ ...run, decisions }));
      effect = v !== null && baseline !== null ? Math.round((v - baseline) * 10000) / 10000 : null;
    }
    effects.push({
      lever: spec.name,
      direction,
      effect,
      change: decisions ? changeOf(spec, direction) : null,
    });
    onProgress?.(i + 1, plan.length);
  });
  return { baseline, effects };
}

/** Effects ranked by their largest absolute size, one row per lever (up and down together). */
export function rankEffects(
  effects: readonly Effect[],
): { lever: keyof Levers; up: number | null; down: number | null }[] {
  const rows = new Map<
    keyof Levers,
    { lever: keyof Levers; up: number | null; down: number | null }
  >();
  for (const e of effects) {
    const row = rows.get(e.lever) ?? { lever: e.lever, up: null, down: null };
    row[e.direction] = e.effect;
    rows.set(e.lever, row);
  }
  const size = (r: { up: number | null; down: number | null }) =>
    Math.max(Math.abs(r.up ?? 0), Math.abs(r.down ?? 0));
  return [...rows.values()].sort((a, b) => size(b) - size(a));
}

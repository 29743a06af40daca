/**
 * The lever schedule: which levers are in force in each week of a run. The one home of that rule;
 * replay, the sandbox, grading and the gradebook all ask these functions. No lever specs here:
 * the engine core uses it.
 *
 * - Week 0 means "before the first week" and takes effect in week 1, like week 1 itself.
 * - Within a week, later decisions win.
 * - `transform` is an action: it reads as set only in the week it was decided.
 * - An assignment's locked levers are a decision at week 0 placed before the learner's own.
 */
import type { Decision, Levers } from "./types";

/**
 * Decisions grouped by the week they take effect. Week 0 means "before the first week" and
 * takes effect in week 1, like week 1 itself. Within a week, later decisions win.
 */
export function scheduleDecisions(decisions: readonly Decision[]): Map<number, Partial<Levers>> {
  const byWeek = new Map<number, Partial<Levers>>();
  const ordered = decisions
    .map((d, i) => ({ d, i }))
    .sort((a, b) => Math.max(1, a.d.week) - Math.max(1, b.d.week) || a.i - b.i);
  for (const { d } of ordered) {
    const week = Math.max(1, d.week);
    byWeek.set(week, { ...byWeek.get(week), ...d.set });
  }
  return byWeek;
}

/** The levers of a week from the week before's and what was decided for it (if anything). */
export function nextLevers(previous: Levers, set: Partial<Levers> | undefined): Levers {
  if (set) return { ...previous, transform: "none", ...set };
  return previous.transform === "none" ? previous : { ...previous, transform: "none" };
}

/**
 * The levers in force in weeks 0..weeks: index 0 holds the starting levers (`base` with no
 * action), index w the levers week w runs with.
 */
export function leverTimeline(
  base: Levers,
  decisions: readonly Decision[],
  weeks: number,
): Levers[] {
  const schedule = scheduleDecisions(decisions);
  let levers: Levers = nextLevers(base, undefined);
  const out: Levers[] = [levers];
  for (let w = 1; w <= weeks; w++) {
    levers = nextLevers(levers, schedule.get(w));
    out.push(levers);
  }
  return out;
}

/** Levers in force in `week` (1-based): `base` with every decision up to that week applied. */
export function applyDecisions(base: Levers, decisions: readonly Decision[], week: number): Levers {
  return leverTimeline(base, decisions, week)[Math.max(0, week)] as Levers;
}

/** A run's decisions under locks: the locked levers set before the first week, then the rest. */
export function withLocks(locks: Partial<Levers>, decisions: readonly Decision[]): Decision[] {
  const pre: Decision[] = Object.keys(locks).length ? [{ week: 0, set: { ...locks } }] : [];
  return [...pre, ...decisions];
}

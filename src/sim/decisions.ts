/** Merging a run's decisions into the levers of each week. No lever specs here: the engine core uses it. */
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

/**
 * Levers in force in `week` (1-based): the base levers with every decision up to that week
 * applied. `transform` is an action: it reads as set only in the week it was decided.
 */
export function applyDecisions(base: Levers, decisions: readonly Decision[], week: number): Levers {
  const schedule = scheduleDecisions(decisions);
  let levers: Levers = { ...base, transform: "none" };
  for (let w = 1; w <= week; w++) {
    const set = schedule.get(w);
    levers = { ...levers, transform: "none", ...set };
  }
  return levers;
}

import { parseNum, type NumRule, type Parsed } from "./numbers";

export const MIN_STAGES = 2;
export const MAX_STAGES = 8;
export const COUNT_RULE: NumRule = { min: 0, integer: true };

/** One funnel stage as typed: the count stays a string so nothing the learner typed is lost. */
export interface StageInput {
  name: string;
  count: string;
}

/** Valley Coffee's poster campaign, illustrative: views → scans → joined → first post → first purchase. */
export const EXAMPLE_COUNTS = [5000, 1500, 1050, 210, 84];

export interface StageCheck {
  nameMissing: boolean;
  count: Parsed;
}

/** Checks every stage; the funnel is computed only when none has a problem. */
/**
 * A step the learner has just added and not yet filled in (name or count still empty): it is not
 * marked as an error and not counted until it is complete.
 */
export function isPending(stage: StageInput & { fresh?: boolean }): boolean {
  return stage.fresh === true && (stage.name.trim() === "" || stage.count.trim() === "");
}

/** Clears the "just added" mark of steps that are now complete. */
export function settle<T extends StageInput & { fresh?: boolean }>(stages: T[]): T[] {
  return stages.map((s) => (s.fresh && !isPending(s) ? { ...s, fresh: false } : s));
}

export function checkStages(stages: StageInput[]): { checks: StageCheck[]; ok: boolean } {
  const checks = stages.map((s) => ({
    nameMissing: s.name.trim() === "",
    count: parseNum(s.count, COUNT_RULE),
  }));
  return { checks, ok: checks.every((c) => !c.nameMissing && c.count.error === undefined) };
}

export interface Step {
  /** Share of the previous stage that reached this one; null when the previous stage is 0. */
  rate: number | null;
  /** People lost between the previous stage and this one (negative when the stage grew). */
  lost: number;
}

export interface Funnel {
  /** Each stage as a share of the first stage; null when the first stage is 0. */
  ofTop: (number | null)[];
  /** steps[i] is the move from stage i to stage i + 1. */
  steps: Step[];
  overall: number | null;
  /** Index into steps of the lowest step conversion below 100%, or null when nothing drops. */
  biggestDrop: number | null;
  /** Steps where a later stage counts more people than the one before it: a definition problem. */
  rising: number[];
}

export function analyzeFunnel(counts: number[]): Funnel {
  const top = counts[0] ?? 0;
  const steps: Step[] = counts.slice(1).map((n, i) => {
    const prev = counts[i] ?? 0;
    return { rate: prev > 0 ? n / prev : null, lost: prev - n };
  });
  let biggestDrop: number | null = null;
  steps.forEach((s, i) => {
    if (s.rate === null || s.rate >= 1) return;
    const best = biggestDrop === null ? null : steps[biggestDrop]?.rate;
    if (best === null || best === undefined || s.rate < best) biggestDrop = i;
  });
  const last = counts[counts.length - 1] ?? 0;
  return {
    ofTop: counts.map((n) => (top > 0 ? n / top : null)),
    steps,
    overall: top > 0 && counts.length > 1 ? last / top : null,
    biggestDrop,
    rising: steps.flatMap((s, i) => (s.rate !== null && s.rate > 1 ? [i] : [])),
  };
}

/**
 * What-if editing: stage `index` of `base` (the counts before the edit began) becomes `after`
 * people, and the later stages keep their conversion rates, so they scale by the same factor
 * (rounded to whole people). Later stages that aren't valid counts, and all of them when the
 * edited stage was 0 or its new value is invalid, stay as they were in `base`.
 */
export function propagate(base: string[], index: number, after: string): string[] {
  const from = parseNum(base[index] ?? "", COUNT_RULE).value;
  const to = parseNum(after, COUNT_RULE).value;
  const counts = base.map((raw, i) => (i === index ? after : raw));
  if (from === undefined || to === undefined || from === 0) return counts;
  const factor = to / from;
  return counts.map((raw, i) => {
    if (i <= index) return raw;
    const value = parseNum(raw, COUNT_RULE).value;
    return value === undefined ? raw : String(Math.round(value * factor));
  });
}

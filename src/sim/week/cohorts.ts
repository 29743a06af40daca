/**
 * Cohorts of joiners followed for retention. Flat for speed: six numbers per cohort (COHORT).
 * "Retained" means still taking part (not dormant, not gone); the reported retention pools the
 * cohorts whose 1-, 4- or 12-week mark fell in the last weeks.
 */
import * as P from "../parameters";
import { round4, sum } from "../math";
import type { Cohorts } from "../types";
import type { WeekContext } from "./context";

/** Layout of SimState.cohorts: six numbers per cohort. */
const COHORT = { stride: 6, week: 0, size: 1, engaged: 2, at1: 3, at4: 4, at12: 5 } as const;
const SNAPSHOTS = [
  [1, COHORT.at1],
  [4, COHORT.at4],
  [12, COHORT.at12],
] as const;

/** Snapshots this week's joiners and follows the recent cohorts. */
export function followCohorts(w: WeekContext): void {
  const { s, week } = w;
  // The oldest cohorts come first; drop those past their last pooled snapshot, update the rest.
  const old = s.cohorts;
  let first = 0;
  while (first < old.length && week - (old[first + COHORT.week] ?? 0) > 11 + P.RETENTION_POOL_WEEKS)
    first += COHORT.stride;
  const cohorts: Cohorts = old.slice(first);
  for (let c = 0; c < cohorts.length; c += COHORT.stride) {
    const age = week - (cohorts[c + COHORT.week] ?? 0); // weeks since the cohort's first week
    let engaged = cohorts[c + COHORT.engaged] ?? 0;
    if (age <= 3) engaged = sum(w.aged[age] ?? []);
    else if (age <= 11) engaged = engaged * (1 - w.regularLapseRate);
    cohorts[c + COHORT.engaged] = engaged;
    if (age === 3) cohorts[c + COHORT.at4] = engaged;
    if (age === 11) cohorts[c + COHORT.at12] = Math.round(engaged);
  }
  const freshEngaged = sum(w.fresh);
  // Seed members were asked in person and are not newcomers: the cohort is the week's other joiners.
  cohorts.push(week, w.joinsTotal - w.seeded, freshEngaged, freshEngaged, -1, -1);
  s.cohorts = cohorts;
}

/** Pooled retention of the cohorts whose 1-, 4- and 12-week snapshot fell in the last weeks. */
export function retentionOf(
  cohorts: Cohorts,
  week: number,
): [number | null, number | null, number | null] {
  const out: [number | null, number | null, number | null] = [null, null, null];
  for (let i = 0; i < 3; i++) {
    const [age, slot] = SNAPSHOTS[i] ?? SNAPSHOTS[0];
    let size = 0;
    let kept = 0;
    for (let c = 0; c < cohorts.length; c += COHORT.stride) {
      const taken = (cohorts[c + COHORT.week] ?? 0) + age - 1;
      const at = cohorts[c + slot] ?? -1;
      if (taken > week || taken <= week - P.RETENTION_POOL_WEEKS || at < 0) continue;
      size += cohorts[c + COHORT.size] ?? 0;
      kept += at;
    }
    out[i] = size > 0 ? round4(kept / size) : null;
  }
  return out;
}

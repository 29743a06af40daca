/**
 * Lifecycle stage (shared/SIM.md; seeds 001/003, module 12), from an exponential moving average
 * of weekly member growth g:
 * - start → growth once there are ≥ 10 contributors and g ≥ 2% in 3 of the last 4 weeks;
 * - growth while g ≥ 2% in 3 of 4 weeks; maturity when |g| < 2% for 6 weeks;
 * - decline when g ≤ −1% for 4 weeks, or (past the start) WAU falls below 80% of its peak (WAU
 *   averaged over 4 weeks, so a two-week holiday dip is not a decline);
 * - a stage lasts at least 2 weeks;
 * - revival is earned: decline turns back into growth or maturity only when WAU itself recovers —
 *   back above 80% of the peak, or rising in 5 of the last 6 weeks to at least 1.2 × its lowest
 *   point since the decline began. A revived community's old peak no longer counts: the peak
 *   starts again from where WAU stands.
 */
import { STAGE } from "./parameters";
import type { SimState, Stage } from "./types";

/** Weeks of flags kept: bit 0 is this week, bit 1 last week, … */
const KEEP = Math.max(STAGE.matureWeeks, STAGE.growthWindow, STAGE.declineWeeks, STAGE.riseWindow);
const MASK = (1 << KEEP) - 1;

function shift(bits: number, flag: boolean): number {
  return ((bits << 1) | (flag ? 1 : 0)) & MASK;
}

function mean(xs: readonly number[]): number {
  let t = 0;
  for (const x of xs) t += x;
  return t / xs.length;
}

/** How many of the last `weeks` flags are set. */
function count(bits: number, weeks: number): number {
  let n = 0;
  for (let i = 0; i < weeks; i++) if (bits & (1 << i)) n += 1;
  return n;
}

/** Updates the stage fields of `s` (a state being built by `step`) after a week. */
export function detectStage(
  s: SimState,
  membersBefore: number,
  members: number,
  wau: number,
  contributors: number,
): void {
  const g = membersBefore > 0 ? (members - membersBefore) / membersBefore : 0;
  s.growthEma += STAGE.emaWeight * (g - s.growthEma);
  s.flags = {
    observed: Math.min(KEEP, s.flags.observed + 1),
    growth: shift(s.flags.growth, s.growthEma >= STAGE.growth),
    mature: shift(s.flags.mature, Math.abs(s.growthEma) < STAGE.matureBand),
    decline: shift(s.flags.decline, s.growthEma <= STAGE.decline),
  };
  const before = s.recentWau.length ? mean(s.recentWau) : wau;
  const recent = s.recentWau.length >= STAGE.wauWindow ? s.recentWau.slice(1) : s.recentWau.slice();
  recent.push(wau);
  s.recentWau = recent;
  let smoothed = 0;
  for (const w of recent) smoothed += w;
  smoothed /= recent.length;
  s.wauRise = shift(s.wauRise, smoothed > before);
  s.peakWau = Math.max(s.peakWau, smoothed);
  if (s.stage === "decline") s.lowWau = Math.min(s.lowWau, smoothed);

  const f = s.flags;
  const growing = count(f.growth, STAGE.growthWindow) >= STAGE.growthWeeks;
  const flat =
    f.observed >= STAGE.matureWeeks && count(f.mature, STAGE.matureWeeks) === STAGE.matureWeeks;
  const shrinking =
    f.observed >= STAGE.declineWeeks && count(f.decline, STAGE.declineWeeks) === STAGE.declineWeeks;
  const belowPeak = smoothed < STAGE.wauOfPeak * s.peakWau;
  const recovering =
    count(s.wauRise, STAGE.riseWindow) >= STAGE.riseWeeks && smoothed >= STAGE.revival * s.lowWau;

  let next: Stage = s.stage;
  switch (s.stage) {
    case "start":
      if (shrinking) next = "decline";
      else if (growing && contributors >= STAGE.startContributors) next = "growth";
      break;
    case "growth":
      if (shrinking || belowPeak) next = "decline";
      else if (flat) next = "maturity";
      break;
    case "maturity":
      if (shrinking || belowPeak) next = "decline";
      else if (growing) next = "growth";
      break;
    case "decline":
      if (!shrinking && (!belowPeak || recovering))
        next = growing || recovering ? "growth" : flat ? "maturity" : "decline";
      break;
  }
  if (next !== s.stage && s.week - s.stageSince >= STAGE.minWeeks) {
    if (s.stage === "decline") s.peakWau = smoothed;
    if (next === "decline") s.lowWau = smoothed;
    s.stage = next;
    s.stageSince = s.week;
    s.stages = [...s.stages, { stage: next, fromWeek: s.week }];
  }
}

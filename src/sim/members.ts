/** Counting members across the compartments of a state. */
import * as P from "./parameters";
import { sum } from "./math";
import type { SimState } from "./types";

/** Members in every compartment. */
export function memberCount(s: SimState): number {
  let t = sum(s.ordinary) + sum(s.active) + sum(s.core) + sum(s.dormant);
  for (const bucket of s.newcomers) t += sum(bucket);
  return t;
}

/** Contributors among members (participation inequality, parameters.CONTRIBUTE). */
export function contributorCount(
  newcomers: number,
  ordinary: number,
  active: number,
  core: number,
  ugcEff: number,
): number {
  const c = P.CONTRIBUTE;
  const raw =
    newcomers * c.newcomer +
    ordinary * c.ordinary * (1 + c.ugc * ugcEff) +
    active * c.active +
    core * c.core;
  return Math.min(raw, newcomers + ordinary + active + core);
}

/**
 * Participation inequality as the course teaches it (Nielsen's 90-9-1; van Mierlo 2014: the top
 * 1% write about 75% of posts in health communities): what share of a week's member posts the
 * most active 1% of members wrote. The engine counts segments, not people, so within a segment
 * posting is taken to be unequal too, in a simple heavy-tailed shape: the top x of a segment
 * writes √x of its posts (its top quarter writes half) — an assumption, documented in README.md.
 */
import * as P from "./parameters";
import type { WeekMetrics } from "./types";

/** Share (0–1) of a week's member posts written by the top 1% of members; 0 without posts. */
export function topPostersShare(
  m: Pick<WeekMetrics, "members" | "newcomer" | "ordinary" | "active" | "core">,
  top = 0.01,
): number {
  const ppm = P.POSTS_PER_MEMBER;
  // Most prolific segments first: the top 1% are the core's most active, then the active's.
  const segments: [number, number][] = [
    [m.core, ppm.core],
    [m.active, ppm.active],
    [m.newcomer, ppm.newcomer],
    [m.ordinary, ppm.ordinary],
  ];
  let total = 0;
  for (const [n, rate] of segments) total += n * rate;
  if (total <= 0) return 0;
  let left = top * m.members;
  let posts = 0;
  for (const [n, rate] of segments) {
    if (left <= 0 || n <= 0) continue;
    const take = Math.min(left, n);
    posts += n * rate * Math.sqrt(take / n);
    left -= take;
  }
  return posts / total;
}

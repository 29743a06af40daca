/** The few arithmetic helpers the engine uses (only + − × ÷ and rounding: shared/SIM.md). */

export const sum = (xs: readonly number[]): number => {
  let t = 0;
  for (let i = 0; i < xs.length; i++) t += xs[i] ?? 0;
  return t;
};
export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
export const round4 = (x: number): number => Math.round(x * 10000) / 10000;
export const round3 = (x: number): number => Math.round(x * 1000) / 1000;
export const round1 = (x: number): number => Math.round(x * 10) / 10;
/** A saturating curve x / (x + half): 0 at 0, ½ at `half`, toward 1 beyond. */
export const sat = (x: number, half: number): number => (x > 0 ? x / (x + half) : 0);

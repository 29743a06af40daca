/** The compact embed's SVG sparkline: paths and stage rectangles from a series. Pure. */
import type { StageBand } from "./view";

export interface SparkGeometry {
  width: number;
  height: number;
  /** Inner padding so strokes are not clipped. */
  pad: number;
}

/** Largest value across series (at least 1), the top of the shared scale. */
export function sparkMax(...series: readonly (readonly (number | null)[])[]): number {
  let max = 1;
  for (const s of series) for (const v of s) if (v !== null && v > max) max = v;
  return max;
}

/** An SVG path through the non-null points of a series over weeks 0..n-1, scaled to 0..max. */
export function sparkPath(
  values: readonly (number | null)[],
  max: number,
  g: SparkGeometry,
): string {
  const n = values.length;
  if (n < 2) return "";
  const w = g.width - 2 * g.pad;
  const h = g.height - 2 * g.pad;
  let d = "";
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    const x = g.pad + (i / (n - 1)) * w;
    const y = g.pad + h - (Math.max(0, v) / max) * h;
    d += `${pen ? "L" : "M"}${x.toFixed(1)} ${y.toFixed(1)}`;
    pen = true;
  });
  return d;
}

/** Stage bands as rectangles on the same x scale (n weeks on the axis, 0..n-1). */
export function sparkBands(
  bands: readonly StageBand[],
  n: number,
  g: SparkGeometry,
): { stage: StageBand["stage"]; x: number; width: number }[] {
  const w = g.width - 2 * g.pad;
  const at = (week: number) => g.pad + (week / Math.max(1, n - 1)) * w;
  return bands.map((b) => ({
    stage: b.stage,
    x: at(b.from),
    width: Math.max(1, at(b.to) - at(b.from)),
  }));
}

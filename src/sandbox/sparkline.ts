/**
 * The compact embed's SVG sparkline: paths, stage rectangles and axis ticks from a series. Pure.
 * Coordinates are in the plot box (`SparkGeometry`); the island places the box inside the SVG,
 * with the axis labels around it.
 */
import { niceTicks } from "../lib/charts/ticks";
import type { StageBand } from "./view";

export interface SparkGeometry {
  width: number;
  height: number;
  /** Inner padding so strokes are not clipped. */
  pad: number;
}

/** A labelled tick: its value and where it sits in the plot box (y for values, x for weeks). */
export interface SparkTick {
  value: number;
  at: number;
}

/** The value axis shared by the series: whole-number ticks from zero to a nice top that covers them all. */
export function sparkScale(...series: readonly (readonly (number | null)[])[]): {
  max: number;
  values: number[];
} {
  let max = 0;
  for (const s of series) for (const v of s) if (v !== null && v > max) max = v;
  const ticks = niceTicks(0, max, { integer: true, maxIntervals: 3, emptyMax: 10 });
  return { max: ticks.max, values: ticks.values };
}

const yOf = (v: number, max: number, g: SparkGeometry) =>
  g.pad + (g.height - 2 * g.pad) * (1 - Math.max(0, v) / max);
const xOf = (i: number, n: number, g: SparkGeometry) =>
  g.pad + (i / Math.max(1, n - 1)) * (g.width - 2 * g.pad);

/** An SVG path through the non-null points of a series over weeks 0..n-1, scaled to 0..max. */
export function sparkPath(
  values: readonly (number | null)[],
  max: number,
  g: SparkGeometry,
): string {
  const n = values.length;
  if (n < 2) return "";
  let d = "";
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? "L" : "M"}${xOf(i, n, g).toFixed(1)} ${yOf(v, max, g).toFixed(1)}`;
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
  return bands.map((b) => ({
    stage: b.stage,
    x: xOf(b.from, n, g),
    width: Math.max(1, xOf(b.to, n, g) - xOf(b.from, n, g)),
  }));
}

/** The value axis's ticks, each at the height the lines put that value. */
export function sparkValueTicks(
  values: readonly number[],
  max: number,
  g: SparkGeometry,
): SparkTick[] {
  return values.map((value) => ({ value, at: yOf(value, max, g) }));
}

/**
 * The week axis's ticks for weeks 0..weeks, each where the lines put that week: nice steps from
 * 0 and the last week itself, a step dropped when it would crowd the last one.
 */
export function sparkWeekTicks(weeks: number, g: SparkGeometry): SparkTick[] {
  const { step } = niceTicks(0, weeks, { integer: true, maxIntervals: 4, emptyMax: 1 });
  const values: number[] = [];
  for (let w = 0; w <= weeks - step / 2; w += step) values.push(w);
  return [...values, weeks].map((value) => ({ value, at: xOf(value, weeks + 1, g) }));
}

/**
 * Axis ticks the charts can label honestly: evenly spaced "nice" values (1, 2 or 5 × 10^k apart)
 * that cover the data, whole numbers where the labels show whole numbers (people, yuan, NPS), so
 * no two ticks ever read the same. Chart.js's own ticks over 0..1 are 0, 0.2, … 1, which a
 * whole-yuan label turns into "¥1 ¥1 ¥0 ¥0 ¥0". No Chart.js here: the compact sandbox's SVG axes
 * use it too.
 */

export interface TickOptions {
  /** Steps of at least 1 (the labels show whole numbers). */
  integer: boolean;
  /** At most this many intervals between ticks. */
  maxIntervals?: number;
  /** The top of the axis when every value is zero (or there are none): an empty axis still reads 0 to something. */
  emptyMax: number;
}

export interface Ticks {
  min: number;
  max: number;
  step: number;
  values: number[];
}

/** The smallest of 1, 2 and 5 × 10^k that is at least `raw`. */
function niceStep(raw: number, integer: boolean): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw * (1 - 1e-9)) as number;
  return integer ? Math.max(1, Math.round(step)) : step;
}

/** Rounds away floating-point noise (0.30000000000000004 → 0.3) at the step's precision. */
function clean(value: number, step: number): number {
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(value.toFixed(Math.min(20, digits)));
}

/**
 * Ticks from at or below `lo` to at or above `hi` (zero always included when the data do not
 * reach it: both ends of a range that crosses zero widen to whole steps).
 */
export function niceTicks(lo: number, hi: number, options: TickOptions): Ticks {
  const maxIntervals = options.maxIntervals ?? 5;
  let low = Number.isFinite(lo) ? Math.min(lo, hi) : 0;
  let high = Number.isFinite(hi) ? Math.max(lo, hi) : 0;
  if (!Number.isFinite(low)) low = high;
  if (high - low < 1e-12) {
    // One value (a flat line): an axis from zero to it, or to emptyMax when it is zero.
    if (low > 0) low = 0;
    else if (high < 0) high = 0;
    else high = options.emptyMax;
  }
  const step = niceStep((high - low) / maxIntervals, options.integer);
  const min = Math.floor(low / step + 1e-9) * step;
  const max = Math.ceil(high / step - 1e-9) * step;
  const values: number[] = [];
  for (let v = min; v <= max + step / 2; v += step) values.push(clean(v, step));
  return { min: clean(min, step), max: clean(max, step), step, values };
}

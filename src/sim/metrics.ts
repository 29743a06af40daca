/** The order of a week's outputs in the state hash. The metrics themselves are src/vocabulary/metrics.ts. */
import { METRIC_NAMES } from "../vocabulary/metrics";
import type { WeekMetrics } from "./types";

/** Every WeekMetrics key in a fixed order: the canonical form the state hash is computed over. */
export const WEEK_KEYS: readonly (keyof WeekMetrics)[] = ["week", "stage", ...METRIC_NAMES];

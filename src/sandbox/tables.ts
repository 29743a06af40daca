/** The charts' text alternative: the same numbers as table rows. Pure. */
import type { Stage, WeekMetrics } from "../sim/index";
import type { AlignedBands, SandboxChartId } from "../lib/charts/sandbox";
import type { SandboxSeries, Series } from "./view";

/** Metric columns of each time chart's table (the first column is the week, the last the stage). */
export const TABLE_COLUMNS: Record<
  Exclude<SandboxChartId, "retention">,
  readonly (keyof WeekMetrics)[]
> = {
  members: ["members", "newcomer", "ordinary", "active", "core", "dormant"],
  activity: ["dau", "wau", "mau", "stickiness"],
  joins: ["joins", "joinsOrganic", "joinsReferral", "joinsPaid"],
  money: ["revenueWeek", "revenue", "spentWeek", "spent"],
  nps: ["nps"],
};

/** The Monte Carlo band each time chart draws (src/lib/charts/sandbox.ts), which its table shows too. */
export const CHART_BANDS: Partial<Record<SandboxChartId, keyof AlignedBands>> = {
  members: "members",
  activity: "dau",
  money: "revenue",
  nps: "nps",
};

export interface TableRow {
  week: number;
  stage: Stage;
  values: (number | null)[];
  /** The Monte Carlo band at this week, when the chart draws one. */
  band?: { p10: number | null; p50: number | null; p90: number | null };
}

/** One row per week run (week 0 first), with the band's p10, median and p90 when there is one. */
export function timeTable(
  rows: readonly WeekMetrics[],
  columns: readonly (keyof WeekMetrics)[],
  band?: { p10: Series; p50: Series; p90: Series } | null,
): TableRow[] {
  return rows.map((row) => ({
    week: row.week,
    stage: row.stage,
    values: columns.map((c) => {
      const v = row[c];
      return typeof v === "number" ? v : null;
    }),
    ...(band
      ? {
          band: {
            p10: band.p10[row.week] ?? null,
            p50: band.p50[row.week] ?? null,
            p90: band.p90[row.week] ?? null,
          },
        }
      : {}),
  }));
}

/** The retention curve as rows: weeks since joining and the share still taking part. */
export function retentionTable(
  series: SandboxSeries,
): { weeksSince: number; share: number | null }[] {
  return series.retention.map((p) => ({ weeksSince: p.x, share: p.y }));
}

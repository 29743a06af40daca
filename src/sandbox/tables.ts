/** The charts' text alternative: the same numbers as table rows. Pure. */
import type { Stage, WeekMetrics } from "../sim/index";
import type { SandboxChartId } from "../lib/charts/sandbox";
import type { SandboxSeries } from "./view";

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

export interface TableRow {
  week: number;
  stage: Stage;
  values: (number | null)[];
}

/** One row per week run (week 0 first). */
export function timeTable(
  rows: readonly WeekMetrics[],
  columns: readonly (keyof WeekMetrics)[],
): TableRow[] {
  return rows.map((row) => ({
    week: row.week,
    stage: row.stage,
    values: columns.map((c) => {
      const v = row[c];
      return typeof v === "number" ? v : null;
    }),
  }));
}

/** The retention curve as rows: weeks since joining and the share still taking part. */
export function retentionTable(
  series: SandboxSeries,
): { weeksSince: number; share: number | null }[] {
  return series.retention.map((p) => ({ weeksSince: p.x, share: p.y }));
}

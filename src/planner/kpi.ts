import type { Kpi } from "../schemas/plan";

const PERCENT = new Set<Kpi["metric"]>([
  "stickiness",
  "retentionW1",
  "retentionW4",
  "retentionW12",
  "contributorsShare",
]);

/** The unit a KPI's target is read in: the form's hint and the document's figures follow it. */
export function kpiUnit(metric: Kpi["metric"]): "percent" | "count" | "score" | "money" {
  if (PERCENT.has(metric)) return "percent";
  if (metric === "nps") return "score";
  if (metric === "revenue") return "money";
  return "count";
}

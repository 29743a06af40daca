/**
 * The engine's weekly outputs by name and kind, and which of them a run is judged on. Data only,
 * shared by the engine, the schemas (a goal names one of GOAL_METRICS; a plan's KPI one of
 * KPI_METRICS) and the pages. Their labels are UI strings (`sim.metric.<name>`, src/i18n/sim.ts).
 */

/**
 * count — people or things (integers, or per-day averages); ratio — 0–1, shown as a percent;
 * money — in the scenario's currency; score — a plain number that can be negative or above 1
 * (NPS, K factor); hours — operator hours a week.
 */
export type MetricKind = "count" | "ratio" | "money" | "score" | "hours";

export interface MetricSpec {
  name: string;
  kind: MetricKind;
  /** Offered as a challenge goal. */
  goal?: true;
}

/** Every weekly output in the engine's fixed order (the state hash reads them in this order). */
export const METRICS = [
  { name: "members", kind: "count", goal: true },
  { name: "joins", kind: "count", goal: true },
  { name: "joinsOrganic", kind: "count" },
  { name: "joinsReferral", kind: "count" },
  { name: "joinsPaid", kind: "count" },
  { name: "churned", kind: "count", goal: true },
  { name: "newcomer", kind: "count" },
  { name: "ordinary", kind: "count" },
  { name: "active", kind: "count" },
  { name: "core", kind: "count", goal: true },
  { name: "dormant", kind: "count", goal: true },
  { name: "dau", kind: "count", goal: true },
  { name: "wau", kind: "count", goal: true },
  { name: "mau", kind: "count", goal: true },
  { name: "stickiness", kind: "ratio", goal: true },
  { name: "retentionW1", kind: "ratio", goal: true },
  { name: "retentionW4", kind: "ratio", goal: true },
  { name: "retentionW12", kind: "ratio", goal: true },
  { name: "contributorsShare", kind: "ratio", goal: true },
  { name: "postsPerDay", kind: "count", goal: true },
  { name: "messagesPerDay", kind: "count", goal: true },
  { name: "kFactor", kind: "score", goal: true },
  { name: "spamIncidents", kind: "count", goal: true },
  { name: "nps", kind: "score", goal: true },
  { name: "revenueWeek", kind: "money" },
  { name: "revenue", kind: "money", goal: true },
  { name: "spentWeek", kind: "money" },
  { name: "spent", kind: "money", goal: true },
  { name: "hoursUsed", kind: "hours", goal: true },
  { name: "hoursBudget", kind: "hours" },
] as const satisfies readonly MetricSpec[];

export type MetricName = (typeof METRICS)[number]["name"];

export const METRIC_NAMES: readonly MetricName[] = METRICS.map((m) => m.name);

/** Keys of a run's `final` summary, in the order shared/SIM.md lists them. */
export const FINAL_KEYS = [
  "members",
  "dau",
  "wau",
  "mau",
  "stickiness",
  "retentionW1",
  "retentionW4",
  "retentionW12",
  "contributorsShare",
  "nps",
  "revenue",
  "spent",
  "hoursUsed",
  "spamIncidents",
] as const satisfies readonly MetricName[];
export type FinalKey = (typeof FINAL_KEYS)[number];

/** The metrics a challenge goal may name. */
export const GOAL_METRICS: readonly MetricName[] = METRICS.filter((m: MetricSpec) => m.goal).map(
  (m) => m.name,
);

/** The kind of a metric by name ("count" for a name the engine does not know). */
export function metricKind(name: string): MetricKind {
  return METRICS.find((m) => m.name === name)?.kind ?? "count";
}

/**
 * The weekly outputs by name and kind. Their labels are UI strings (`sim.metric.<name>`,
 * src/i18n/sim.ts).
 */
import type { Final, WeekMetrics } from "./types";

/**
 * count — people or things (integers, or per-day averages); ratio — 0–1, shown as a percent;
 * money — in the scenario's currency; score — a plain number that can be negative or above 1
 * (NPS, K factor); hours — operator hours a week.
 */
export type MetricKind = "count" | "ratio" | "money" | "score" | "hours";

export interface MetricSpec {
  name: Exclude<keyof WeekMetrics, "week" | "stage">;
  kind: MetricKind;
  /** Included in a run's `final` summary. */
  final: boolean;
  /** The weekly value is a running total. */
  cumulative: boolean;
  /** Offered as a challenge goal. */
  goal: boolean;
}

const m = (
  name: MetricSpec["name"],
  kind: MetricKind,
  flags: Partial<Pick<MetricSpec, "final" | "cumulative" | "goal">> = {},
): MetricSpec => ({
  name,
  kind,
  final: flags.final ?? false,
  cumulative: flags.cumulative ?? false,
  goal: flags.goal ?? flags.final ?? false,
});

export const METRICS: readonly MetricSpec[] = [
  m("members", "count", { final: true }),
  m("joins", "count", { goal: true }),
  m("joinsOrganic", "count"),
  m("joinsReferral", "count"),
  m("joinsPaid", "count"),
  m("churned", "count", { goal: true }),
  m("newcomer", "count"),
  m("ordinary", "count"),
  m("active", "count"),
  m("core", "count", { goal: true }),
  m("dormant", "count", { goal: true }),
  m("dau", "count", { final: true }),
  m("wau", "count", { final: true }),
  m("mau", "count", { final: true }),
  m("stickiness", "ratio", { final: true }),
  m("retentionW1", "ratio", { final: true }),
  m("retentionW4", "ratio", { final: true }),
  m("retentionW12", "ratio", { final: true }),
  m("contributorsShare", "ratio", { final: true }),
  m("postsPerDay", "count", { goal: true }),
  m("messagesPerDay", "count", { goal: true }),
  m("kFactor", "score", { goal: true }),
  m("spamIncidents", "count", { final: true }),
  m("nps", "score", { final: true }),
  m("revenueWeek", "money"),
  m("revenue", "money", { final: true, cumulative: true }),
  m("spentWeek", "money"),
  m("spent", "money", { final: true, cumulative: true }),
  m("hoursUsed", "hours", { final: true }),
  m("hoursBudget", "hours"),
];

export const METRIC_NAMES: readonly string[] = METRICS.map((x) => x.name);

/** Keys of `final`, in the order shared/SIM.md lists them. */
export const FINAL_KEYS: readonly (keyof Final)[] = [
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
];

/** Every WeekMetrics key in a fixed order: the canonical form the state hash is computed over. */
export const WEEK_KEYS: readonly (keyof WeekMetrics)[] = [
  "week",
  "stage",
  "members",
  "joins",
  "joinsOrganic",
  "joinsReferral",
  "joinsPaid",
  "churned",
  "newcomer",
  "ordinary",
  "active",
  "core",
  "dormant",
  "dau",
  "wau",
  "mau",
  "stickiness",
  "retentionW1",
  "retentionW4",
  "retentionW12",
  "contributorsShare",
  "postsPerDay",
  "messagesPerDay",
  "kFactor",
  "spamIncidents",
  "nps",
  "revenueWeek",
  "revenue",
  "spentWeek",
  "spent",
  "hoursUsed",
  "hoursBudget",
];

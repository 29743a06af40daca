/** The weekly outputs by name, for goal pickers, charts and tables. */
import type { Final, LocalizedText, WeekMetrics } from "./types";

/**
 * count — people or things (integers, or per-day averages); ratio — 0–1, shown as a percent;
 * money — in the scenario's currency; score — a plain number that can be negative or above 1
 * (NPS, K factor); hours — operator hours a week.
 */
export type MetricKind = "count" | "ratio" | "money" | "score" | "hours";

export interface MetricSpec {
  name: Exclude<keyof WeekMetrics, "week" | "stage">;
  kind: MetricKind;
  label: LocalizedText;
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
  zh: string,
  en: string,
  flags: Partial<Pick<MetricSpec, "final" | "cumulative" | "goal">> = {},
): MetricSpec => ({
  name,
  kind,
  label: { "zh-cn": zh, en },
  final: flags.final ?? false,
  cumulative: flags.cumulative ?? false,
  goal: flags.goal ?? flags.final ?? false,
});

export const METRICS: readonly MetricSpec[] = [
  m("members", "count", "成员数", "Members", { final: true }),
  m("joins", "count", "本周新加入", "Joins this week", { goal: true }),
  m("joinsOrganic", "count", "自然加入", "Organic joins"),
  m("joinsReferral", "count", "裂变加入", "Referral joins"),
  m("joinsPaid", "count", "广告加入", "Paid joins"),
  m("churned", "count", "本周流失", "Left this week", { goal: true }),
  m("newcomer", "count", "新成员", "Newcomers"),
  m("ordinary", "count", "普通成员", "Ordinary members"),
  m("active", "count", "活跃成员", "Active members"),
  m("core", "count", "核心成员", "Core members", { goal: true }),
  m("dormant", "count", "沉睡成员", "Dormant members", { goal: true }),
  m("dau", "count", "日活", "DAU", { final: true }),
  m("wau", "count", "周活", "WAU", { final: true }),
  m("mau", "count", "月活", "MAU", { final: true }),
  m("stickiness", "ratio", "黏性（日活/月活）", "Stickiness (DAU/MAU)", { final: true }),
  m("retentionW1", "ratio", "新人第 1 周留存", "Week-1 retention", { final: true }),
  m("retentionW4", "ratio", "新人第 4 周留存", "Week-4 retention", { final: true }),
  m("retentionW12", "ratio", "新人第 12 周留存", "Week-12 retention", { final: true }),
  m("contributorsShare", "ratio", "发言成员占比", "Contributors' share", { final: true }),
  m("postsPerDay", "count", "每日帖子数", "Posts a day", { goal: true }),
  m("messagesPerDay", "count", "每日消息数", "Messages a day", { goal: true }),
  m("kFactor", "score", "K 因子", "K factor", { goal: true }),
  m("spamIncidents", "count", "垃圾信息事件", "Spam incidents", { final: true }),
  m("nps", "score", "NPS 净推荐值", "NPS", { final: true }),
  m("revenueWeek", "money", "本周收入", "Revenue this week"),
  m("revenue", "money", "累计收入", "Revenue (total)", { final: true, cumulative: true }),
  m("spentWeek", "money", "本周花费", "Spent this week"),
  m("spent", "money", "累计花费", "Spent (total)", { final: true, cumulative: true }),
  m("hoursUsed", "hours", "本周投入小时", "Hours used this week", { final: true }),
  m("hoursBudget", "hours", "每周小时预算", "Hours budget a week"),
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

/**
 * The decisions a learner can take (shared/SIM.md, "Levers"): their specs (ranges, texts, costs)
 * and the validation of lever values and of a run's decisions. Defaults live in defaults.ts and
 * the merging of decisions into each week's levers in decisions.ts, so the engine core needs
 * neither the texts nor the checks.
 */
import { LEVER_DEFAULTS } from "./defaults";
import type { Levers, LocalizedText } from "./types";

export type LeverGroup = "content" | "engagement" | "growth" | "care" | "money" | "risk";

interface LeverBase {
  name: keyof Levers;
  /** "start": read before the first week only (who the seed members are); later changes do nothing. */
  when?: "start";
  label: LocalizedText;
  group: LeverGroup;
  /** Module that teaches it (content/modules/NN-…). */
  module: number;
  /** What it costs in hours and money each week, in words. */
  cost: LocalizedText;
  unit: LocalizedText;
}
export interface NumberLever extends LeverBase {
  kind: "number";
  min: number;
  max: number;
  /** A hint for sliders; values between steps are valid. */
  step: number;
  default: number;
}
export interface ChoiceLever extends LeverBase {
  kind: "choice";
  options: readonly string[];
  default: string;
}
export interface BooleanLever extends LeverBase {
  kind: "boolean";
  default: boolean;
}
/** A one-off action: takes effect in the week it is set, then the lever reads "none" again. */
export interface ActionLever extends LeverBase {
  kind: "action";
  options: readonly string[];
  default: "none";
}
export type LeverSpec = NumberLever | ChoiceLever | BooleanLever | ActionLever;

const none = { "zh-cn": "无", en: "none" };

/** Every lever, in the order the sandbox shows them. */
export const LEVERS: readonly LeverSpec[] = [
  {
    name: "postsPerDay",
    kind: "number",
    min: 0,
    max: 10,
    step: 0.5,
    default: LEVER_DEFAULTS.postsPerDay,
    group: "content",
    module: 5,
    label: { "zh-cn": "每日发布条数", en: "Posts a day" },
    unit: { "zh-cn": "条/天", en: "posts/day" },
    cost: {
      "zh-cn": "每条 0.15–1 小时（质量越高越费时）；工作日超过 3–5 条会让成员疲劳",
      en: "0.15–1 h per post (better posts take longer); past 3–5 a weekday members tire",
    },
  },
  {
    name: "contentQuality",
    kind: "number",
    min: 0,
    max: 1,
    step: 0.05,
    default: LEVER_DEFAULTS.contentQuality,
    group: "content",
    module: 5,
    label: { "zh-cn": "内容质量（原创与审核）", en: "Content quality (original, reviewed)" },
    unit: { "zh-cn": "0–1", en: "0–1" },
    cost: {
      "zh-cn": "提高每条内容所需的小时数",
      en: "raises the hours each post takes",
    },
  },
  {
    name: "ugcRewards",
    kind: "number",
    min: 0,
    max: 1,
    step: 0.05,
    default: LEVER_DEFAULTS.ugcRewards,
    group: "engagement",
    module: 7,
    label: { "zh-cn": "UGC 激励", en: "UGC rewards" },
    unit: { "zh-cn": "0–1", en: "0–1" },
    cost: {
      "zh-cn": "每周 3 小时起（整理、加精），另有按贡献者计的奖品费用",
      en: "from 3 h a week (curating, featuring) plus prizes per contributor",
    },
  },
  {
    name: "eventsPerWeek",
    kind: "number",
    min: 0,
    max: 5,
    step: 1,
    default: LEVER_DEFAULTS.eventsPerWeek,
    group: "engagement",
    module: 6,
    label: { "zh-cn": "每周活动次数", en: "Events a week" },
    unit: { "zh-cn": "次/周", en: "events/week" },
    cost: {
      "zh-cn": "每次约 3 小时（筹备、主持、复盘；线下更久）；每周超过 3 次开始疲劳",
      en: "about 3 h each (prepare, host, review; longer offline); more than 3 a week tires",
    },
  },
  {
    name: "replyCoverage",
    kind: "number",
    min: 0,
    max: 1,
    step: 0.05,
    default: LEVER_DEFAULTS.replyCoverage,
    group: "care",
    module: 4,
    label: { "zh-cn": "新人欢迎与回复覆盖率", en: "Newcomers welcomed and answered" },
    unit: { "zh-cn": "0–1", en: "0–1" },
    cost: {
      "zh-cn": "每位新成员约 4 分钟，另加 0.5 小时",
      en: "about 4 minutes per newcomer plus 0.5 h",
    },
  },
  {
    name: "rules",
    kind: "choice",
    options: ["none", "basic", "strict"],
    default: LEVER_DEFAULTS.rules,
    group: "risk",
    module: 3,
    label: { "zh-cn": "群规", en: "Rules" },
    unit: none,
    cost: {
      "zh-cn": "基本群规每周 0.5 小时；严格执行 1.5 小时起，随人数增加",
      en: "basic 0.5 h a week; strict from 1.5 h, growing with members",
    },
  },
  {
    name: "moderationHours",
    kind: "number",
    min: 0,
    max: 40,
    step: 1,
    default: LEVER_DEFAULTS.moderationHours,
    group: "risk",
    module: 10,
    label: { "zh-cn": "审核与清理广告（小时）", en: "Moderation hours" },
    unit: { "zh-cn": "小时/周", en: "h/week" },
    cost: { "zh-cn": "即所填小时数", en: "the hours you set" },
  },
  {
    name: "referral",
    kind: "choice",
    options: ["off", "tiered", "aggressive"],
    default: LEVER_DEFAULTS.referral,
    group: "growth",
    module: 8,
    label: { "zh-cn": "裂变邀请", en: "Referral rewards" },
    unit: none,
    cost: {
      "zh-cn": "阶梯奖励每周 2 小时并按新成员付少量奖品；激进现金奖励 4 小时并按人头付现金",
      en: "tiered: 2 h a week and a small prize per joiner; aggressive: 4 h and cash per head",
    },
  },
  {
    name: "antiCheat",
    kind: "boolean",
    default: LEVER_DEFAULTS.antiCheat,
    group: "growth",
    module: 8,
    label: { "zh-cn": "裂变防作弊", en: "Referral anti-cheat" },
    unit: none,
    cost: {
      "zh-cn": "每周 1.5 小时；也会挡掉少量真实邀请",
      en: "1.5 h a week; also filters out a few real invitations",
    },
  },
  {
    name: "adBudget",
    kind: "number",
    min: 0,
    max: 20000,
    step: 100,
    default: LEVER_DEFAULTS.adBudget,
    group: "money",
    module: 8,
    label: { "zh-cn": "每周广告预算", en: "Ad budget a week" },
    unit: { "zh-cn": "元/周（场景货币）", en: "per week (scenario currency)" },
    cost: {
      "zh-cn": "所填金额（受每周资金预算限制），另加 1 小时起的投放管理",
      en: "the amount set (capped by the weekly money budget) plus from 1 h of campaign work",
    },
  },
  {
    name: "segmentCare",
    kind: "number",
    min: 0,
    max: 1,
    step: 0.05,
    default: LEVER_DEFAULTS.segmentCare,
    group: "care",
    module: 7,
    label: { "zh-cn": "分层运营与唤醒", en: "Segment care and wake-ups" },
    unit: { "zh-cn": "0–1", en: "0–1" },
    cost: {
      "zh-cn": "每周 1 小时起，按成员数增加（每百人约 0.6 小时）",
      en: "from 1 h a week, growing with members (about 0.6 h per hundred)",
    },
  },
  {
    name: "monetization",
    kind: "number",
    min: 0,
    max: 1,
    step: 0.05,
    default: LEVER_DEFAULTS.monetization,
    group: "money",
    module: 9,
    label: { "zh-cn": "商业化强度", en: "Monetization" },
    unit: { "zh-cn": "0–1", en: "0–1" },
    cost: {
      "zh-cn": "每周 2 小时起；在社群交付价值之前推进会提高流失、拉低 NPS",
      en: "from 2 h a week; before the community delivers value it raises churn and lowers NPS",
    },
  },
  {
    name: "crisisResponseMinutes",
    kind: "number",
    min: 15,
    max: 2880,
    step: 5,
    default: LEVER_DEFAULTS.crisisResponseMinutes,
    group: "risk",
    module: 10,
    label: { "zh-cn": "危机响应时间", en: "Crisis response time" },
    unit: { "zh-cn": "分钟", en: "minutes" },
    cost: {
      "zh-cn": "随时待命的值守时间：30 分钟约每周 2 小时，15 分钟约 4 小时",
      en: "standby time: 30 minutes costs about 2 h a week, 15 minutes about 4 h",
    },
  },
  {
    name: "seedInvites",
    kind: "number",
    min: 0,
    max: 300,
    step: 5,
    default: LEVER_DEFAULTS.seedInvites,
    when: "start",
    group: "growth",
    module: 4,
    label: { "zh-cn": "种子成员邀请人数", en: "Seed members invited" },
    unit: { "zh-cn": "人（第 1 周前）", en: "people (before week 1)" },
    cost: {
      "zh-cn": "一次性：群发二维码几乎不花时间，一对一邀请每人约 25 分钟",
      en: "one-off: posting a QR code takes almost no time, inviting one to one about 25 minutes each",
    },
  },
  {
    name: "seedFit",
    kind: "number",
    min: 0,
    max: 1,
    step: 0.05,
    default: LEVER_DEFAULTS.seedFit,
    when: "start",
    group: "growth",
    module: 4,
    label: { "zh-cn": "种子成员与画像的契合度", en: "Seed members' fit with the persona" },
    unit: { "zh-cn": "0 群发 – 1 精挑细选", en: "0 broadcast – 1 handpicked" },
    cost: {
      "zh-cn": "越精挑细选、越一对一，每位种子花的时间越多",
      en: "the more handpicked and one to one, the more time each seed takes",
    },
  },
  {
    name: "transform",
    kind: "action",
    options: ["theme", "model", "crowd"],
    default: "none",
    group: "engagement",
    module: 12,
    label: { "zh-cn": "转型（一次性）", en: "Transform (one-off)" },
    unit: none,
    cost: {
      "zh-cn": "当周 15 小时，之后 5 周每周 4 小时；8 周内只能转型一次",
      en: "15 h that week, then 4 h a week for 5 weeks; once every 8 weeks",
    },
  },
];

export const LEVER_NAMES: readonly (keyof Levers)[] = LEVERS.map((l) => l.name);

/** The spec of a lever by name, or undefined. */
export function leverSpec(name: string): LeverSpec | undefined {
  return LEVERS.find((l) => l.name === name);
}

/** One thing wrong with a lever value, with what would be valid. */
export interface LeverProblem {
  lever: string;
  code: "unknown-lever" | "not-a-number" | "out-of-range" | "invalid-choice" | "not-boolean";
  value: unknown;
  /** Valid lever names (unknown-lever) or valid values (invalid-choice, not-boolean). */
  choices?: readonly string[];
  min?: number;
  max?: number;
  /** English, for the command line; the UI builds its own text from the fields. */
  message: string;
}

/** A value as a message shows it; never throws, whatever a file or link put there. */
function describe(value: unknown): string {
  if (typeof value === "string") return `"${value}"`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Problems with one lever value; an empty list means valid. */
export function checkLever(name: string, value: unknown): LeverProblem[] {
  const spec = leverSpec(name);
  if (!spec) {
    return [
      {
        lever: name,
        code: "unknown-lever",
        value,
        choices: LEVER_NAMES,
        message: `unknown lever "${name}"; valid levers: ${LEVER_NAMES.join(", ")}`,
      },
    ];
  }
  switch (spec.kind) {
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) {
        return [
          {
            lever: name,
            code: "not-a-number",
            value,
            min: spec.min,
            max: spec.max,
            message: `${name} must be a number from ${spec.min} to ${spec.max}, not ${describe(value)}`,
          },
        ];
      }
      if (value < spec.min || value > spec.max) {
        return [
          {
            lever: name,
            code: "out-of-range",
            value,
            min: spec.min,
            max: spec.max,
            message: `${name} = ${value} is out of range; it must be from ${spec.min} to ${spec.max}`,
          },
        ];
      }
      return [];
    case "boolean":
      return typeof value === "boolean"
        ? []
        : [
            {
              lever: name,
              code: "not-boolean",
              value,
              choices: ["true", "false"],
              message: `${name} must be true or false, not ${describe(value)}`,
            },
          ];
    case "choice":
    case "action": {
      const valid = spec.kind === "action" ? ["none", ...spec.options] : spec.options;
      return typeof value === "string" && valid.includes(value)
        ? []
        : [
            {
              lever: name,
              code: "invalid-choice",
              value,
              choices: valid,
              message: `${name} = ${describe(value)} is not a valid choice; choose one of ${valid.join(", ")}`,
            },
          ];
    }
  }
}

/** Problems with a set of lever values (unknown names, wrong types, out of range). */
export function validateLevers(partial: Record<string, unknown>): LeverProblem[] {
  return Object.entries(partial).flatMap(([name, value]) => checkLever(name, value));
}

/**
 * Reads a lever value typed on a command line or in a form: numbers for number levers,
 * true/false/on/off/yes/no/1/0 for booleans, the option itself for choices.
 */
export function parseLeverValue(
  name: string,
  raw: string,
): { value: unknown; problems: LeverProblem[] } {
  const spec = leverSpec(name);
  if (!spec) return { value: raw, problems: checkLever(name, raw) };
  const text = raw.trim();
  let value: unknown = text;
  if (spec.kind === "number") value = text === "" ? Number.NaN : Number(text);
  if (spec.kind === "boolean") {
    const t = text.toLowerCase();
    if (["true", "on", "yes", "1"].includes(t)) value = true;
    else if (["false", "off", "no", "0"].includes(t)) value = false;
  }
  const problems = checkLever(name, value);
  return { value: spec.kind === "number" && problems.length ? raw : value, problems };
}

/** One thing wrong with a run's decisions. */
export interface DecisionProblem {
  /** Index in run.decisions. */
  index: number;
  week: number;
  lever?: string;
  code:
    | "decision-week"
    | "unknown-lever"
    | "not-a-number"
    | "out-of-range"
    | "invalid-choice"
    | "not-boolean";
  value?: unknown;
  choices?: readonly string[];
  min?: number;
  max?: number;
  message: string;
}

/**
 * Checks a run's decisions: whole weeks from 0 to `weeks`, known levers, values in range. The
 * decisions may come from a file, so nothing about their shape is assumed.
 */
export function validateDecisions(decisions: readonly unknown[], weeks: number): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  decisions.forEach((raw, index) => {
    const d = raw as { week?: unknown; set?: unknown };
    const week = typeof d?.week === "number" ? d.week : Number.NaN;
    if (!Number.isInteger(week) || week < 0 || week > weeks) {
      problems.push({
        index,
        week,
        code: "decision-week",
        value: d?.week,
        min: 0,
        max: weeks,
        message: `decision ${index + 1}: week must be a whole number from 0 to ${weeks}, not ${String(d?.week)}`,
      });
    }
    const set = d?.set && typeof d.set === "object" ? (d.set as Record<string, unknown>) : {};
    for (const [lever, value] of Object.entries(set)) {
      for (const p of checkLever(lever, value)) {
        const { lever: _l, message, ...rest } = p;
        problems.push({ index, week, lever, ...rest, message: `week ${week}: ${message}` });
      }
    }
  });
  return problems;
}

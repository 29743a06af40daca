/**
 * Auto-checks: named predicates over a plan that rubric criteria reference by id
 * (content/rubrics/*.yaml, `check: posts-per-weekday`). Pure functions, no DOM, no clock.
 *
 * Each check returns `ratio` (0–1, the share of the standard the plan meets; the rubric engine
 * turns it into a level), `issues` (what to fix, each an i18n key under `rubric.issue.` with
 * values and the plan field to focus, a dotted path, see `fieldPath` in the planner) and, when
 * the standard has nothing to judge in this plan (no videos to limit, nothing sold), a
 * `notApplicable` reason (i18n `rubric.na.<key>`): the criterion then leaves the score's
 * denominator instead of earning points.
 *
 * Text is read for substance (./text.ts): a field earns nothing while it is blank, a
 * placeholder ("xxx", "待定", "TBD", the field's own label or hint copied back) or too thin to
 * judge (`MIN_UNITS`). Where a standard asks for content (a consequence, a number, an ask), the
 * check looks for it in Chinese and English. A check that limits something (length, count)
 * judges only substantive content, so an empty or placeholder answer never meets a limit.
 *
 * The standards come from the course's source documents (shared/seeds) and modules; where
 * neither gives a figure the constant says it is an assumption.
 */
import type { Plan } from "../schemas/plan";
import type { PlanCost } from "./cost-types";
import { STAGES, WEEKDAYS } from "../schemas/plan-options";
import { getField } from "./plan-path";
import {
  hasQuantity,
  kindsMentioned,
  listItems,
  mentions,
  textProblem,
  textUnits,
  type TextProblem,
} from "./text";

export const STANDARDS = {
  /** Seed 004: on weekdays keep 3–5 updates a day. */
  postsPerWeekday: { min: 3, max: 5 },
  /** Seed 004: text-and-image content at 800–1200 characters. */
  articleChars: { min: 800, max: 1200 },
  /** Seed 004: video at most 3 minutes. */
  videoMaxMinutes: 3,
  /** Seed 004: start the crisis response within 30 minutes of a negative burst. */
  crisisMaxMinutes: 30,
  /** Seed 004: a 24-hour opinion-monitoring group. */
  monitoringHours: 24,
  /** Seed 004: answer high-frequency feedback within 48 hours. */
  feedbackMaxHours: 48,
  /** Seed 004: three-level review — ops lead, brand manager, legal. */
  reviewChain: ["ops-lead", "brand-manager", "legal"] as const,
  /**
   * Seeds 001 and 003 put monetization after value is delivered (maturity stage) but give no
   * week. Assumption: not before week 8, after cold start and a first month of growth.
   */
  monetizationFromWeek: 8,
  /** Seeds 000/002 name activity, growth and conversion KPIs: three measurable KPIs at least. */
  minKpis: 3,
  /** Seed 001 names four tiers (core, active, ordinary, dormant); at least three are required. */
  minTiers: 3,
  /** A tiered referral has at least two steps (seed 004: 3 invites → coupon, 10 → VIP). */
  minReferralTiers: 2,
  /** Tiered response means at least two levels. */
  minEscalationLevels: 2,
  /** Module 03: five to eight rules usually do; past ten hardly anyone reads to the end. */
  maxRules: 10,
  /** Module 03: a newcomer reads the rules in a minute. Assumption: about 400 characters. */
  maxRulesUnits: 400,
  /**
   * Module 04: an invitation says why you, what the group is for, the ask, what it isn't and
   * when it starts. Assumption: that fits one phone screen, about 400 characters.
   */
  maxInvitationUnits: 400,
  /** Module 04's first-week table plans opening night and six days. Assumption: four at least. */
  minFirstWeekDays: 4,
  /** Module 08 lists five anti-cheat measures; a plan names at least two kinds. */
  minAntiCheatKinds: 2,
  /**
   * Module 10: a holding statement says we've seen it, what we're doing, when the next update
   * comes and where to reach us. Assumption: it stays under about 300 characters.
   */
  maxStatementUnits: 300,
  /** Module 10's first 30 minutes: confirm an owner, keep evidence, post, pause, tell your own. Three steps at least. */
  minTimelineSteps: 3,
} as const;

/**
 * How much a text field must say, in units (a Chinese character is 1, an English word 1.5), by
 * field with list rows named by their list ("personas.who"). Assumption: enough to state one
 * concrete thing; calibrated so that the course's example plans pass in both languages and a
 * bare label ("年轻人", "Ads", "Hi") does not.
 */
export const MIN_UNITS: Readonly<Record<string, number>> = {
  "positioning.line": 12,
  "positioning.slogan": 3,
  "personas.who": 8,
  "personas.needs": 6,
  "personas.pains": 6,
  "personas.whereNow": 4,
  "value.knowledge": 8,
  "value.resources": 8,
  "value.emotional": 8,
  "value.interest": 8,
  "platform.otherName": 1,
  "platform.why": 12,
  "rules.threshold": 6,
  "rules.speaking": 6,
  "rules.banned": 6,
  "rules.rewardsPenalties": 6,
  "coldStart.sources": 8,
  "coldStart.invitation": 30,
  "coldStart.iceBreakers": 10,
  "coldStart.firstWeek": 30,
  "calendar.slots.theme": 3,
  "calendar.ugc": 10,
  "contentReview.steps.who": 1,
  "events.name": 3,
  "events.description": 6,
  "events.followUp": 6,
  "feedback.channel": 4,
  "segmentation.tiers.name": 1,
  "segmentation.tiers.detail": 6,
  "segmentation.points.name": 1,
  "segmentation.points.detail": 4,
  "segmentation.badges.name": 1,
  "segmentation.badges.detail": 4,
  "segmentation.coreRoles.name": 1,
  "segmentation.coreRoles.detail": 6,
  "segmentation.wakeUp": 10,
  "referral.tiers.reward": 3,
  "referral.antiCheatMeasures": 10,
  "monetization.valueFirst": 10,
  "risk.monitoringWho": 6,
  "risk.sensitiveProcess": 10,
  "risk.escalation.trigger": 4,
  "risk.escalation.action": 6,
  "risk.copyrightNote": 8,
  "risk.holdingStatement": 30,
  "risk.timeline.action": 4,
  "kpis.customName": 2,
  kpiReview: 12,
  "team.members.name": 1,
  "team.sops.steps": 12,
  "lifecycle.start": 10,
  "lifecycle.growth": 10,
  "lifecycle.maturity": 10,
  "lifecycle.decline": 10,
};

export interface CheckIssue {
  /** i18n key under `rubric.issue.` (without the prefix). */
  key: string;
  values?: Record<string, string | number>;
  /** Dotted path of the plan field to fix, e.g. "risk.responseMinutes". */
  field: string;
}

export interface CheckResult {
  ratio: number;
  issues: CheckIssue[];
  /** Set when the standard has nothing to judge in this plan: i18n key under `rubric.na.`. */
  notApplicable?: string;
}

export interface CheckContext {
  /**
   * Texts a field must not simply repeat, by field as in `MIN_UNITS`: its label and hint in
   * both languages; under `ANY_FIELD`, every field's label (a label pasted into the wrong field
   * says nothing either). Copying them back earns nothing.
   */
  echoes?: Readonly<Record<string, readonly string[]>>;
  /**
   * Model answers shown beside a field, by field as in `MIN_UNITS` (a written assignment's
   * exemplars): an answer made mostly of their sentences earns nothing.
   */
  examples?: Readonly<Record<string, readonly string[]>>;
  /**
   * What the plan costs when its run is replayed in its scenario (plan-cost.ts): null when the
   * plan names no scenario the engine knows, "pending" while the engine is still loading. Absent,
   * the workload cannot be judged and earns nothing.
   */
  cost?: PlanCost | null | "pending";
}

/** The key of `CheckContext.echoes` whose texts no field may simply repeat. */
export const ANY_FIELD = "*";

/** The lists `echoesOf` made, per echoes record and field, so each is made (and read) once. */
const combined = new WeakMap<object, Map<string, readonly string[]>>();
const NO_ECHOES: readonly string[] = [];

/** What a field's text may not simply repeat: its own label and hints, and every label. */
function echoesOf(ctx: CheckContext, what: string): readonly string[] {
  const echoes = ctx.echoes;
  if (!echoes) return NO_ECHOES;
  let byField = combined.get(echoes);
  if (!byField) combined.set(echoes, (byField = new Map()));
  let list = byField.get(what);
  if (!list) byField.set(what, (list = [...(echoes[what] ?? []), ...(echoes[ANY_FIELD] ?? [])]));
  return list;
}

export type Check = (plan: Plan, ctx?: CheckContext) => CheckResult;

export { echoesOf };

/** The team's weekly hours as the plan lists them. */
export function teamHours(plan: Plan): number {
  return plan.team.members.reduce((sum, m) => sum + (m.hoursPerWeek ?? 0), 0);
}

/** One part of a check: met or not, and the issue raised when it is not. */
type Part = [met: boolean, issue: CheckIssue];

/** A check made of equally weighted parts. */
function parts(list: Part[]): CheckResult {
  const met = list.filter(([ok]) => ok).length;
  return {
    ratio: list.length === 0 ? 1 : met / list.length,
    issues: list.filter(([ok]) => !ok).map(([, issue]) => issue),
  };
}

/** Share of rows that pass; the issues of each failing row; `emptyIssue` when there are too few. */
function rows<T>(
  list: readonly T[],
  rowIssues: (row: T, index: number) => CheckIssue[],
  emptyIssue: CheckIssue,
  minRows = 1,
): CheckResult {
  if (list.length === 0) return { ratio: 0, issues: [emptyIssue] };
  const perRow = list.map(rowIssues);
  const good = perRow.filter((issues) => issues.length === 0).length;
  const issues = perRow.flat();
  if (list.length < minRows) issues.push(emptyIssue);
  return { ratio: good / Math.max(list.length, minRows), issues };
}

/**
 * Reads one text field. `what` names the field as in `MIN_UNITS`; `missing` is the issue key for
 * a blank field (its message says what to write); a placeholder or a too-thin text gets the
 * shared `text.placeholder` / `text.short` messages, which name the field.
 */
function readText(
  ctx: CheckContext,
  text: string,
  what: string,
  field: string,
  missing: string,
  values?: Record<string, string | number>,
): { ok: boolean; problem: TextProblem | null; issue: CheckIssue } {
  const min = MIN_UNITS[what] ?? 1;
  const problem = textProblem(text, min, echoesOf(ctx, what), ctx.examples?.[what]);
  const issue: CheckIssue =
    problem === "missing" || problem === null
      ? { key: missing, ...(values ? { values } : {}), field }
      : problem === "placeholder" || problem === "copied"
        ? { key: `text.${problem}`, values: { what, ...values }, field }
        : {
            key: "text.short",
            values: { what, min, words: Math.ceil(min / 1.5), ...values },
            field,
          };
  return { ok: problem === null, problem, issue };
}

/** A text part: [has substance, issue]. */
const textPart = (
  ctx: CheckContext,
  text: string,
  what: string,
  field: string,
  missing: string,
  values?: Record<string, string | number>,
): Part => {
  const read = readText(ctx, text, what, field, missing, values);
  return [read.ok, read.issue];
};

/** A text part for a field of the plan itself (not of a list row), read at its path. */
const planText = (ctx: CheckContext, plan: Plan, path: string, missing: string): Part =>
  textPart(ctx, String(getField(plan, path) ?? ""), path, path, missing);

/** A part met when a text stays within `max` units (about max ÷ 1.5 English words). */
const withinUnits = (text: string, max: number, key: string, field: string): Part => [
  textUnits(text) <= max,
  { key, values: { max, words: Math.round(max / 1.5) }, field },
];

/** Whether a text has substance (for conditions where the message is given elsewhere). */
const substantive = (ctx: CheckContext, text: string, what: string) =>
  textProblem(text, MIN_UNITS[what] ?? 1, echoesOf(ctx, what), ctx.examples?.[what]) === null;

/** A check on one text field that must first have substance, then meet `more` parts. */
function textThen(
  ctx: CheckContext,
  text: string,
  what: string,
  field: string,
  missing: string,
  more: () => Part[],
): CheckResult {
  const read = readText(ctx, text, what, field, missing);
  if (!read.ok) return { ratio: 0, issues: [read.issue] };
  return parts(more());
}

/**
 * A mutual-help group that runs no referral scheme: members bring neighbours by invitation and
 * word of mouth, and rewards for invitations are not asked of it (a volunteer has no hours for
 * them). Any group that does run one is held to tiers and anti-cheat.
 */
const noReferralScheme = (plan: Plan) =>
  plan.positioning.goal === "mutual-help" &&
  plan.referral.mode === "off" &&
  plan.referral.tiers.length === 0;

/** Counts of calendar slots per day, Monday first. */
export function slotsPerDay(plan: Plan): number[] {
  const counts = [0, 0, 0, 0, 0, 0, 0];
  for (const slot of plan.calendar.slots) counts[slot.day] = (counts[slot.day] ?? 0) + 1;
  return counts;
}

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/** Whether a time falls in a window; a window past midnight (21:00–01:00) wraps. */
export function inWindow(time: string, from: string, to: string): boolean {
  const t = minutesOf(time);
  const a = minutesOf(from);
  const b = minutesOf(to);
  return a <= b ? t >= a && t <= b : t >= a || t <= b;
}

const ACTIVITY_METRICS = new Set(["dau", "wau", "mau", "stickiness", "contributorsShare"]);
const OUTCOME_METRICS = new Set(["retentionW1", "retentionW4", "retentionW12", "nps", "revenue"]);

type Kpi = Plan["kpis"][number];

/** Whether a KPI names a metric, a number and a deadline: enough to become a sandbox goal. */
export function kpiMeasurable(kpi: Kpi, ctx: CheckContext = {}): boolean {
  const named = kpi.metric !== "other" || substantive(ctx, kpi.customName, "kpis.customName");
  return named && kpi.target !== null && kpi.deadlineWeek !== null && kpi.deadlineWeek > 0;
}

/** A KPI as module 11 teaches it: measurable, with a baseline the target moves away from. */
export function kpiComplete(kpi: Kpi, ctx: CheckContext = {}): boolean {
  return kpiMeasurable(kpi, ctx) && kpi.baseline !== null && kpiMoves(kpi);
}

/** Whether a measurable KPI's target moves from its baseline in the direction it names. */
export function kpiMoves(kpi: Kpi): boolean {
  if (kpi.target === null || kpi.baseline === null) return false;
  if (kpi.kind === "growth") return kpi.target > 0;
  return kpi.kind === "at-most" ? kpi.target < kpi.baseline : kpi.target > kpi.baseline;
}

/** The first missing piece of a KPI, for the field to focus. */
function kpiGap(kpi: Kpi): string {
  if (kpi.metric === "other" && kpi.customName.trim() === "") return "customName";
  if (kpi.baseline === null) return "baseline";
  if (kpi.target === null) return "target";
  return kpi.deadlineWeek === null || kpi.deadlineWeek <= 0 ? "deadlineWeek" : "target";
}

type Slot = Plan["calendar"]["slots"][number];
const themed = (ctx: CheckContext, slot: Slot) =>
  substantive(ctx, slot.theme, "calendar.slots.theme");
const themeIssue = (slot: Slot): CheckIssue => ({
  key: "content.theme",
  values: { day: slot.day, time: slot.time },
  field: `calendar.slots.${slot.id}.theme`,
});

type NamedList = "tiers" | "points" | "badges" | "coreRoles";

/**
 * Reads the rows of a named list (tiers, points rules, badges, core roles): each row's name, then
 * its detail, with the issue of the first that falls short (`key` for a blank one).
 */
function namedRows(ctx: CheckContext, plan: Plan, list: NamedList, key: string) {
  const path = `segmentation.${list}`;
  return plan.segmentation[list].map((row, i) => {
    const values = { n: i + 1 };
    const name = readText(ctx, row.name, `${path}.name`, `${path}.${row.id}.name`, key, values);
    return name.ok
      ? readText(ctx, row.detail, `${path}.detail`, `${path}.${row.id}.detail`, key, values)
      : name;
  });
}

/** Whether a named list has at least one row with substance. */
const anyNamed = (ctx: CheckContext, plan: Plan, list: NamedList) =>
  namedRows(ctx, plan, list, "").some((r) => r.ok);

/*
 * Words that show what a text does, in Chinese and English (text is NFKC-normalised and lower
 * case before matching). They are deliberately broad: the checks ask whether a consequence, a
 * benefit or an update time is there at all, and leave how well it is put to self-assessment.
 */
const CONSEQUENCE = [
  /移出|踢出|请出|禁言|警告|提醒|删除|删帖|撤回|清退|拉黑|封禁|封号|取消|扣除|扣分|罚|暂停|劝退|私聊|不再邀请|移除/,
  /\b(remov|kick|ban|mute|warn|remind|delet|suspend|los[et]|forfeit|void|expel|time ?out|block)/,
];
const REWARD = [
  /感谢|表扬|奖励|积分|勋章|置顶|优先|点名|精选|精华|加精|获赠|荣誉|升级|徽章|邀请.{0,6}(管理|志愿|版主)/,
  /\b(thank|prais|reward|point|badge|pin|featur|highlight|credit|first pick|shout|invited to|honou?r|earn)/,
];
const ENFORCER = [
  /管理员|群主|版主|值班|运营|志愿者|群管|客服|主理人|店长|星主|助教|团队/,
  /\b(admin|moderator|owner|host|mods?\b|on duty|staff|volunteer|team|manager|assistant)/,
];
const BENEFIT = [
  /(你|您).{0,10}(得到|获得|收到|学到|认识|拿到|享受|了解|省下|解决|少走|尝到|用上|第一个|提前|优先)|福利|好处|免费|专属|优先|一手|第一时间|(帮|为|给|送)(你|您)|(请|让)(你|您)(先)?(试|尝|体验)|互相帮/,
  /\b(you('ll| will| can| get|'d get)|for you|free|exclusive|first (to|pick|look|access)|early access|perk|discount|save you|help you|help each other|we'll help)/,
];
const ASK = [
  /请你|请您|想请|希望你|希望您|麻烦|能不能|能否|可不可以|愿意|帮我|邀请你|邀请您|一起|加入|回个|回复|吗|[?？]/,
  /\b(would you|could you|can you|will you|please|i'd love|i would love|i'd like you|join|help (me|us)|reply)|\?/,
];
const WELCOME = [/欢迎|自我介绍|介绍/, /\b(welcome|introduc|greet)/];
const ACKNOWLEDGE = [
  /看到|注意到|收到|了解到|知道了|抱歉|对不起|道歉|正在核实|正在调查|已经.{0,6}(关注|重视|暂停)/,
  /\b(we('ve| have) (seen|read|received|noticed|heard)|we('re| are) aware|we know|we hear|sorry|apologi[sz])/,
];
const UPDATE_WORD = [
  /更新|通报|公布|同步|进展|结果|告诉大家|再来|回复大家/,
  /\b(update|report back|let you know|share (what|the)|post (what|an update|the result)|progress|what we (find|learn))/,
];
const TIME = [
  /\d{1,2}[:：]\d{2}|\d{1,2}\s*(点|时)|(中午|今晚|今天|明天|明早|今早|下午|上午|晚上|傍晚|周[一二三四五六日天])|\d+\s*(小时|分钟)(内|后|之内)|半小时/,
  /\b\d{1,2}(:\d{2})?\s*(am|pm|a\.m\.|p\.m\.)|\b(by|at) (noon|midnight|\d)|\bwithin (an? |\d+ )?(hour|minute)|\b(tomorrow|tonight|this (evening|afternoon|morning))\b|\bnoon\b/,
];
const BLAME = [
  /造谣|谣言|恶意|别有用心|不实|抹黑|带节奏|炒作|水军|诬陷|碰瓷|个人体质|使用不当|用法不对|你们自己|自己的问题/,
  /\b(rumou?r-?monger|spreading rumou?rs|malicious|smear|troll|your own fault|misus|used it wrong|user error|liars?\b|false claims|attention[- ]seek|you should have)/,
];
const STATEMENT = [
  /声明|情况说明|回应|通报|公告|发.{0,4}(群|消息|说明)/,
  /\b(statement|announce|post (the|a|an|our)|reply|respond|message the group)/,
];
const ANTI_CHEAT_KINDS: Record<string, RegExp[]> = {
  valid: [
    /首次|第一次|首单|首帖|留存|满\s*\d+\s*天|\d+\s*天(后|内|以上)|有效邀请|核对|核实|审核|验证|实名|备注/,
    /\b(first (post|order|purchase)|stay(s|ed)? \d+ days|valid|verif|checked by|after \d+ days)/,
  ],
  delay: [
    /延迟|滞后|延后|\d+\s*天后(发放|兑现|到账|发)|有效期(后|满)/,
    /\b(paid (later|after)|delay|after the validity|held for)/,
  ],
  cap: [
    /上限|每(天|日|人|周|月).{0,6}(最多|不超过|限|只)|最多.{0,4}\d/,
    /\b(cap|limit|no more than|at most|maximum|per day)/,
  ],
  dedupe: [
    /同一(个)?(设备|手机|账号|号码|微信|ip|家庭)|去重|一人一次|只算一次|只计一次|不重复/,
    /\b(same (device|phone|account|number|ip|household)|one (device|phone|account)|once per|deduplicat|counts once|only once)/,
  ],
  spotCheck: [
    /抽查|人工(核查|检查|复核|审核)|排查|逐个|手动/,
    /\b(spot[- ]check|by hand|manual(ly)?|review the (top|leaderboard)|audit)/,
  ],
  consequence: [
    /取消|作废|收回|封号|追回|清退|扣除|不计入/,
    /\b(void|cancel|forfeit|revok|claw ?back|disqualif|do(es)? not count)/,
  ],
};
/** Day markers of a first-week plan: opening night is day 0. */
const DAY_MARKERS: [RegExp, (m: RegExpMatchArray) => number][] = [
  [/开群(当晚|当天|那晚)|开放(当晚|当天)|opening (night|day)|launch (night|day)/g, () => 0],
  [
    /第\s*([1-7一二三四五六七])\s*[天日]|day\s*([1-7])\b|\bd([1-7])\b/g,
    (m) => dayNumber(m[1] ?? m[2] ?? m[3] ?? ""),
  ],
  [/周([一二三四五六日天])|星期([一二三四五六日天])/g, (m) => dayNumber(m[1] ?? m[2] ?? "") + 10],
  [
    /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/g,
    (m) => 10 + ["mon", "tues", "wednes", "thurs", "fri", "satur", "sun"].indexOf(m[1] ?? "") + 1,
  ],
];
const CN_DAY = "一二三四五六七";
function dayNumber(token: string): number {
  if (/^\d$/.test(token)) return Number(token);
  return token === "日" || token === "天" ? 7 : CN_DAY.indexOf(token) + 1;
}

/** The distinct days a first-week plan covers (opening night, day 1…7, or named weekdays). */
export function daysCovered(text: string): number {
  const normal = text.normalize("NFKC").toLowerCase();
  const days = new Set<number>();
  for (const [pattern, day] of DAY_MARKERS) {
    for (const m of normal.matchAll(pattern)) days.add(day(m));
  }
  return days.size;
}

const RULE_PARTS = ["threshold", "speaking", "banned", "rewardsPenalties"] as const;
const STAGE_FIELDS = STAGES;
const PERSONA_FIELDS = ["who", "needs", "pains", "whereNow"] as const;

/** The rule set's four parts, when every one has substance; null otherwise. */
function ruleTexts(plan: Plan, ctx: CheckContext): string[] | null {
  const texts = RULE_PARTS.map((f) => plan.rules[f]);
  return RULE_PARTS.every((f) => substantive(ctx, plan.rules[f], `rules.${f}`)) ? texts : null;
}
const rulesFirst: CheckResult = {
  ratio: 0,
  issues: [{ key: "rules.writeFirst", field: "rules.threshold" }],
};

export const CHECKS = {
  "positioning-complete": (plan, ctx = {}) =>
    parts([
      [plan.positioning.goal !== null, { key: "positioning.goal", field: "positioning.goal" }],
      planText(ctx, plan, "positioning.line", "positioning.line"),
      planText(ctx, plan, "positioning.slogan", "positioning.slogan"),
    ]),

  "personas-complete": (plan, ctx = {}) => {
    if (plan.personas.length === 0) {
      return { ratio: 0, issues: [{ key: "personas.none", field: "personas" }] };
    }
    const list = plan.personas.flatMap((p, i): Part[] => {
      const texts = PERSONA_FIELDS.map((f) =>
        textPart(ctx, p[f], `personas.${f}`, `personas.${p.id}.${f}`, `personas.${f}`, {
          n: i + 1,
        }),
      );
      const counted = PERSONA_FIELDS.filter((f, j) => texts[j]![0]).map((f) => p[f]);
      return [
        ...texts,
        [
          counted.some(hasQuantity),
          { key: "personas.number", values: { n: i + 1 }, field: `personas.${p.id}.who` },
        ],
      ];
    });
    return parts(list);
  },

  "value-proposition": (plan, ctx = {}) => {
    const core = plan.value.core;
    return parts([
      [core !== null, { key: "value.core", field: "value.core" }],
      core === null
        ? [false, { key: "value.coreText", field: "value.core" }]
        : planText(ctx, plan, `value.${core}`, "value.coreText"),
    ]);
  },

  "community-type": (plan) =>
    parts([
      [
        plan.communityType.category !== null,
        { key: "type.category", field: "communityType.category" },
      ],
      [plan.communityType.model !== null, { key: "type.model", field: "communityType.model" }],
    ]),

  "platform-justified": (plan, ctx = {}) =>
    parts([
      [
        plan.platform.platform !== null &&
          (plan.platform.platform !== "other" ||
            substantive(ctx, plan.platform.otherName, "platform.otherName")),
        {
          key: "platform.choose",
          field: plan.platform.platform === "other" ? "platform.otherName" : "platform.platform",
        },
      ],
      planText(ctx, plan, "platform.why", "platform.why"),
    ]),

  "rules-complete": (plan, ctx = {}) =>
    parts(RULE_PARTS.map((f) => planText(ctx, plan, `rules.${f}`, `rules.${f}`))),

  "rules-consequences": (plan, ctx = {}) => {
    const [threshold, speaking, banned, rewards] = RULE_PARTS.map((f) =>
      substantive(ctx, plan.rules[f], `rules.${f}`) ? plan.rules[f] : "",
    );
    const all = [threshold, speaking, banned, rewards].join("\n");
    return parts([
      [
        mentions(`${banned}\n${rewards}`, CONSEQUENCE),
        { key: "rules.consequence", field: "rules.rewardsPenalties" },
      ],
      [mentions(rewards ?? "", REWARD), { key: "rules.reward", field: "rules.rewardsPenalties" }],
      [mentions(all, ENFORCER), { key: "rules.enforcer", field: "rules.rewardsPenalties" }],
    ]);
  },

  "rules-short": (plan, ctx = {}) => {
    const texts = ruleTexts(plan, ctx);
    if (texts === null) return rulesFirst;
    const items = texts.flatMap(listItems).length;
    const max = STANDARDS.maxRules;
    return parts([
      [items <= max, { key: "rules.tooMany", values: { n: items, max }, field: "rules.speaking" }],
      withinUnits(texts.join("\n"), STANDARDS.maxRulesUnits, "rules.tooLong", "rules.speaking"),
    ]);
  },

  "seed-users": (plan, ctx = {}) =>
    parts([
      planText(ctx, plan, "coldStart.sources", "cold.sources"),
      [
        (plan.coldStart.seedCount ?? 0) > 0,
        { key: "cold.seedCount", field: "coldStart.seedCount" },
      ],
      planText(ctx, plan, "coldStart.invitation", "cold.invitation"),
    ]),

  "invitation-message": (plan, ctx = {}) => {
    const text = plan.coldStart.invitation;
    const field = "coldStart.invitation";
    return textThen(ctx, text, field, field, "cold.invitation", () => [
      [mentions(text, BENEFIT), { key: "cold.benefit", field }],
      [mentions(text, ASK), { key: "cold.ask", field }],
      withinUnits(text, STANDARDS.maxInvitationUnits, "cold.invitationLong", field),
    ]);
  },

  "ice-breakers": (plan, ctx = {}) =>
    parts([
      planText(ctx, plan, "coldStart.iceBreakers", "cold.iceBreakers"),
      [
        plan.coldStart.answerFirstPosts,
        { key: "cold.firstReply", field: "coldStart.answerFirstPosts" },
      ],
    ]),

  "first-week": (plan, ctx = {}) => {
    const text = plan.coldStart.firstWeek;
    const field = "coldStart.firstWeek";
    return textThen(ctx, text, field, field, "cold.firstWeek", () => {
      const n = daysCovered(text);
      const min = STANDARDS.minFirstWeekDays;
      return [
        [n >= min, { key: "cold.firstWeekDays", values: { n, min }, field }],
        [mentions(text, WELCOME), { key: "cold.firstWeekWelcome", field }],
      ];
    });
  },

  "posts-per-weekday": (plan, ctx = {}) => {
    const { min, max } = STANDARDS.postsPerWeekday;
    const days = WEEKDAYS.map((day) => {
      const slots = plan.calendar.slots.filter((s) => s.day === day);
      const n = slots.filter((s) => themed(ctx, s)).length;
      const ok = n >= min && n <= max;
      const issues: CheckIssue[] = ok
        ? []
        : [
            {
              key: n < min ? "content.tooFewPosts" : "content.tooManyPosts",
              values: { day, n, min, max },
              field: `calendar.day.${day}`,
            },
            ...slots.filter((s) => !themed(ctx, s)).map(themeIssue),
          ];
      return { ok, issues };
    });
    return {
      ratio: days.filter((d) => d.ok).length / days.length,
      issues: days.flatMap((d) => d.issues),
    };
  },

  "long-post-length": (plan, ctx = {}) => {
    const { min, max } = STANDARDS.articleChars;
    return rows(
      plan.calendar.slots.filter((s) => s.format === "article"),
      (s) =>
        !themed(ctx, s)
          ? [themeIssue(s)]
          : s.length !== null && s.length >= min && s.length <= max
            ? []
            : [
                {
                  key: s.length === null ? "content.articleNoLength" : "content.articleLength",
                  values: { day: s.day, time: s.time, n: s.length ?? 0, min, max },
                  field: `calendar.slots.${s.id}.length`,
                },
              ],
      { key: "content.noArticle", values: { min, max }, field: "calendar.day.0" },
    );
  },

  "video-length": (plan, ctx = {}) => {
    const max = STANDARDS.videoMaxMinutes;
    const videos = plan.calendar.slots.filter((s) => s.format === "video");
    // The standard limits videos; it does not ask for one. With none it has nothing to judge.
    if (videos.length === 0) return { ratio: 1, issues: [], notApplicable: "noVideo" };
    return rows(
      videos,
      (s) =>
        !themed(ctx, s)
          ? [themeIssue(s)]
          : s.length !== null && s.length > 0 && s.length <= max
            ? []
            : [
                {
                  key: s.length === null ? "content.videoNoLength" : "content.videoLength",
                  values: { day: s.day, time: s.time, n: s.length ?? 0, max },
                  field: `calendar.slots.${s.id}.length`,
                },
              ],
      { key: "content.videoLength", field: "calendar.day.0" },
    );
  },

  "peak-hours": (plan, ctx = {}) => {
    const { peakFrom, peakTo, slots } = plan.calendar;
    const windowSet = peakFrom !== null && peakTo !== null;
    return parts([
      [windowSet, { key: "content.peakWindow", field: "calendar.peakFrom" }],
      [
        windowSet &&
          slots.some(
            (s) =>
              (s.format === "article" || s.format === "video") &&
              themed(ctx, s) &&
              inWindow(s.time, peakFrom, peakTo),
          ),
        { key: "content.peakSlot", field: windowSet ? "calendar.day.0" : "calendar.peakFrom" },
      ],
    ]);
  },

  "ugc-plan": (plan, ctx = {}) => parts([planText(ctx, plan, "calendar.ugc", "content.ugc")]),

  "content-review": (plan, ctx = {}) => {
    const steps = plan.contentReview.steps;
    const held = steps.filter((s) => substantive(ctx, s.who, "contentReview.steps.who"));
    const roles = held.map((s) => s.role);
    const chain = STANDARDS.reviewChain;
    const present = chain.filter((role) => roles.includes(role));
    const positions = chain.map((role) => roles.indexOf(role));
    const inOrder = positions.every((p, i) => p >= 0 && (i === 0 || p > (positions[i - 1] ?? -1)));
    const unheld = steps
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => !held.includes(s))
      .map(
        ({ s, i }): CheckIssue =>
          readText(
            ctx,
            s.who,
            "contentReview.steps.who",
            `contentReview.steps.${s.id}.who`,
            "review.who",
            {
              n: i + 1,
            },
          ).issue,
      );
    const issues: CheckIssue[] = [
      ...unheld,
      ...chain
        .filter((role) => !roles.includes(role))
        .map((role) => ({ key: "review.missing", values: { role }, field: "contentReview.steps" })),
    ];
    if (present.length === chain.length && !inOrder) {
      issues.push({ key: "review.order", field: "contentReview.steps" });
    }
    const ratio =
      present.length === chain.length && !inOrder ? 2 / 3 : present.length / chain.length;
    return { ratio, issues };
  },

  "recurring-events": (plan, ctx = {}) => {
    const reads = plan.events.map((e, i) => {
      const values = { n: i + 1 };
      const name = readText(
        ctx,
        e.name,
        "events.name",
        `events.${e.id}.name`,
        "events.name",
        values,
      );
      return name.ok
        ? readText(
            ctx,
            e.description,
            "events.description",
            `events.${e.id}.description`,
            "events.description",
            values,
          )
        : name;
    });
    const real = plan.events.filter((_e, i) => reads[i]!.ok);
    const result = parts([
      [real.length >= 1, { key: "events.none", field: "events" }],
      [real.length >= 2, { key: "events.two", field: "events" }],
      [
        real.some((e) => e.cadence === "daily" || e.cadence === "weekly"),
        { key: "events.weekly", field: real[0] ? `events.${real[0].id}.cadence` : "events" },
      ],
    ]);
    const weak = reads.filter((r) => !r.ok).map((r) => r.issue);
    return result.ratio < 1 ? { ...result, issues: [...weak, ...result.issues] } : result;
  },

  "event-follow-up": (plan, ctx = {}) =>
    rows(
      plan.events,
      (e, i) => {
        const read = readText(
          ctx,
          e.followUp,
          "events.followUp",
          `events.${e.id}.followUp`,
          "events.followUp",
          {
            n: i + 1,
          },
        );
        return read.ok ? [] : [read.issue];
      },
      { key: "events.none", field: "events" },
    ),

  "feedback-48h": (plan, ctx = {}) => {
    const hours = plan.feedback.responseHours;
    const max = STANDARDS.feedbackMaxHours;
    return parts([
      planText(ctx, plan, "feedback.channel", "feedback.channel"),
      [
        hours !== null && hours <= max,
        {
          key: hours === null ? "feedback.hoursMissing" : "feedback.hoursSlow",
          values: { n: hours ?? 0, max },
          field: "feedback.responseHours",
        },
      ],
    ]);
  },

  "segment-tiers": (plan, ctx = {}) => {
    const reads = namedRows(ctx, plan, "tiers", "segments.tier");
    return rows(
      plan.segmentation.tiers,
      (_row, i) => (reads[i]!.ok ? [] : [reads[i]!.issue]),
      {
        key: "segments.fewTiers",
        values: { min: STANDARDS.minTiers },
        field: "segmentation.tiers",
      },
      STANDARDS.minTiers,
    );
  },

  "points-badges": (plan, ctx = {}) =>
    parts([
      [anyNamed(ctx, plan, "points"), { key: "segments.points", field: "segmentation.points" }],
      [anyNamed(ctx, plan, "badges"), { key: "segments.badges", field: "segmentation.badges" }],
    ]),

  "core-roles": (plan, ctx = {}) =>
    parts([
      [
        anyNamed(ctx, plan, "coreRoles"),
        { key: "segments.coreRoles", field: "segmentation.coreRoles" },
      ],
    ]),

  "dormant-wake-up": (plan, ctx = {}) =>
    parts([planText(ctx, plan, "segmentation.wakeUp", "segments.wakeUp")]),

  "referral-tiers": (plan, ctx = {}) => {
    if (noReferralScheme(plan)) return { ratio: 1, issues: [], notApplicable: "noReferralScheme" };
    const { mode, tiers } = plan.referral;
    const complete = tiers.filter(
      (t) => t.invites !== null && substantive(ctx, t.reward, "referral.tiers.reward"),
    );
    const invites = complete.map((t) => t.invites ?? 0);
    const rising = invites.every((n, i) => i === 0 || n > (invites[i - 1] ?? 0));
    const min = STANDARDS.minReferralTiers;
    const weak = tiers.find((t) => !complete.includes(t));
    const tierIssue: CheckIssue =
      weak && weak.invites !== null
        ? readText(
            ctx,
            weak.reward,
            "referral.tiers.reward",
            `referral.tiers.${weak.id}.reward`,
            "referral.tiers",
            {
              n: tiers.indexOf(weak) + 1,
              min,
            },
          ).issue
        : { key: "referral.tiers", values: { min }, field: "referral.tiers" };
    const result = parts([
      [
        mode === "tiered",
        { key: mode === "off" ? "referral.off" : "referral.perHead", field: "referral.mode" },
      ],
      [complete.length >= min, tierIssue],
      [complete.length >= 2 && rising, { key: "referral.rising", field: "referral.tiers" }],
    ]);
    // Rising thresholds need two tiers first; until then the tiers issue says what to do.
    return complete.length >= 2
      ? result
      : { ...result, issues: result.issues.filter((i) => i.key !== "referral.rising") };
  },

  "anti-cheat": (plan, ctx = {}) => {
    if (noReferralScheme(plan)) return { ratio: 1, issues: [], notApplicable: "noReferralScheme" };
    const text = plan.referral.antiCheatMeasures;
    const field = "referral.antiCheatMeasures";
    const read = readText(ctx, text, field, field, "referral.antiCheatMeasures");
    const kinds = read.ok ? kindsMentioned(text, ANTI_CHEAT_KINDS).length : 0;
    const min = STANDARDS.minAntiCheatKinds;
    const result = parts([
      [plan.referral.antiCheat, { key: "referral.antiCheat", field: "referral.antiCheat" }],
      [read.ok, read.issue],
      [kinds >= min, { key: "referral.antiCheatKinds", values: { n: kinds, min }, field }],
    ]);
    // Until the measures say something, asking for more kinds of them only repeats the issue.
    return read.ok
      ? result
      : { ...result, issues: result.issues.filter((i) => i.key !== "referral.antiCheatKinds") };
  },

  "monetization-model": (plan) =>
    parts([
      [plan.monetization.model !== "none", { key: "money.model", field: "monetization.model" }],
      [plan.monetization.price !== null, { key: "money.price", field: "monetization.price" }],
    ]),

  "monetization-after-value": (plan, ctx = {}) => {
    const m = plan.monetization;
    // Nothing is sold, so nothing can be sold too early: the standard has nothing to judge.
    if (m.model === "none") return { ratio: 1, issues: [], notApplicable: "nothingSold" };
    const min = STANDARDS.monetizationFromWeek;
    return parts([
      [
        m.fromWeek !== null && m.fromWeek >= min,
        {
          key: m.fromWeek === null ? "money.weekMissing" : "money.tooEarly",
          values: { n: m.fromWeek ?? 0, min },
          field: "monetization.fromWeek",
        },
      ],
      planText(ctx, plan, "monetization.valueFirst", "money.valueFirst"),
    ]);
  },

  "monitoring-24h": (plan, ctx = {}) =>
    parts([
      [
        plan.risk.monitoringHours === STANDARDS.monitoringHours,
        {
          key: "risk.monitoring",
          values: { n: plan.risk.monitoringHours ?? 0 },
          field: "risk.monitoringHours",
        },
      ],
      planText(ctx, plan, "risk.monitoringWho", "risk.monitoringWho"),
    ]),

  "crisis-30min": (plan) => {
    const minutes = plan.risk.responseMinutes;
    const max = STANDARDS.crisisMaxMinutes;
    return parts([
      [
        minutes !== null && minutes <= max,
        {
          key: minutes === null ? "risk.responseMissing" : "risk.responseSlow",
          values: { n: minutes ?? 0, max },
          field: "risk.responseMinutes",
        },
      ],
    ]);
  },

  "sensitive-words": (plan, ctx = {}) =>
    parts([
      [plan.risk.sensitiveAutomated, { key: "risk.automated", field: "risk.sensitiveAutomated" }],
      [plan.risk.sensitiveHuman, { key: "risk.human", field: "risk.sensitiveHuman" }],
      planText(ctx, plan, "risk.sensitiveProcess", "risk.process"),
    ]),

  "escalation-tiers": (plan, ctx = {}) =>
    rows(
      plan.risk.escalation,
      (level, i) => {
        const values = { n: i + 1 };
        const base = `risk.escalation.${level.id}`;
        const trigger = readText(
          ctx,
          level.trigger,
          "risk.escalation.trigger",
          `${base}.trigger`,
          "risk.level",
          values,
        );
        const action = readText(
          ctx,
          level.action,
          "risk.escalation.action",
          `${base}.action`,
          "risk.level",
          values,
        );
        return !trigger.ok ? [trigger.issue] : action.ok ? [] : [action.issue];
      },
      {
        key: "risk.fewLevels",
        values: { min: STANDARDS.minEscalationLevels },
        field: "risk.escalation",
      },
      STANDARDS.minEscalationLevels,
    ),

  "copyright-register": (plan, ctx = {}) =>
    parts([
      [plan.risk.copyrightRegister, { key: "risk.copyright", field: "risk.copyrightRegister" }],
      planText(ctx, plan, "risk.copyrightNote", "risk.copyrightNote"),
    ]),

  "holding-statement": (plan, ctx = {}) => {
    const text = plan.risk.holdingStatement;
    const field = "risk.holdingStatement";
    return textThen(ctx, text, field, field, "risk.statement", () => [
      [mentions(text, ACKNOWLEDGE), { key: "risk.statementAck", field }],
      [mentions(text, UPDATE_WORD) && mentions(text, TIME), { key: "risk.statementUpdate", field }],
      [!mentions(text, BLAME), { key: "risk.statementBlame", field }],
      withinUnits(text, STANDARDS.maxStatementUnits, "risk.statementLong", field),
    ]);
  },

  "response-timeline": (plan, ctx = {}) => {
    const steps = plan.risk.timeline;
    const max = STANDARDS.crisisMaxMinutes;
    const min = STANDARDS.minTimelineSteps;
    const reads = steps.map((s, i) =>
      readText(
        ctx,
        s.action,
        "risk.timeline.action",
        `risk.timeline.${s.id}.action`,
        "risk.timelineStep",
        {
          n: i + 1,
        },
      ),
    );
    const real = steps.filter((s, i) => reads[i]!.ok && s.minute !== null);
    if (real.length === 0) {
      return {
        ratio: 0,
        issues: [
          reads.find((r) => !r.ok)?.issue ?? {
            key: "risk.timelineFew",
            values: { min },
            field: "risk.timeline",
          },
        ],
      };
    }
    const late = real.find((s) => (s.minute ?? 0) > max);
    const minutes = real.map((s) => s.minute ?? 0);
    const ordered = minutes.every((m, i) => i === 0 || m >= (minutes[i - 1] ?? 0));
    return parts([
      [
        real.length >= min,
        reads.find((r) => !r.ok)?.issue ?? {
          key: "risk.timelineFew",
          values: { min, n: real.length },
          field: "risk.timeline",
        },
      ],
      [
        !late && ordered,
        late
          ? {
              key: "risk.timelineLate",
              values: { n: steps.indexOf(late) + 1, minute: late.minute ?? 0, max },
              field: `risk.timeline.${late.id}.minute`,
            }
          : { key: "risk.timelineOrder", field: "risk.timeline" },
      ],
      [
        real.some((s) => (s.minute ?? 0) <= max && mentions(s.action, STATEMENT)),
        { key: "risk.timelineStatement", values: { max }, field: "risk.timeline" },
      ],
    ]);
  },

  "kpis-measurable": (plan, ctx = {}) =>
    rows(
      plan.kpis,
      (kpi, i) =>
        !kpiMeasurable(kpi, ctx) || kpi.baseline === null
          ? [{ key: "kpi.vague", values: { n: i + 1 }, field: `kpis.${kpi.id}.${kpiGap(kpi)}` }]
          : kpiMoves(kpi)
            ? []
            : [{ key: "kpi.noMove", values: { n: i + 1 }, field: `kpis.${kpi.id}.target` }],
      { key: "kpi.few", values: { min: STANDARDS.minKpis }, field: "kpis" },
      STANDARDS.minKpis,
    ),

  "kpi-coverage": (plan, ctx = {}) => {
    const measurable = plan.kpis.filter((k) => kpiComplete(k, ctx));
    return parts([
      [
        measurable.some((k) => ACTIVITY_METRICS.has(k.metric)),
        { key: "kpi.activity", field: "kpis" },
      ],
      [measurable.some((k) => k.metric === "members"), { key: "kpi.growth", field: "kpis" }],
      [
        measurable.some((k) => OUTCOME_METRICS.has(k.metric)),
        { key: "kpi.outcome", field: "kpis" },
      ],
    ]);
  },

  "kpi-review": (plan, ctx = {}) => parts([planText(ctx, plan, "kpiReview", "kpi.review")]),

  "lifecycle-stages": (plan, ctx = {}) =>
    parts(STAGE_FIELDS.map((f) => planText(ctx, plan, `lifecycle.${f}`, `lifecycle.${f}`))),

  "team-roles": (plan, ctx = {}) =>
    rows(
      plan.team.members,
      (m, i) => {
        const name = readText(
          ctx,
          m.name,
          "team.members.name",
          `team.members.${m.id}.name`,
          "team.name",
          {
            n: i + 1,
          },
        );
        return [
          ...(name.ok ? [] : [name.issue]),
          ...((m.hoursPerWeek ?? 0) > 0
            ? []
            : [
                {
                  key: "team.hours",
                  values: { n: i + 1 },
                  field: `team.members.${m.id}.hoursPerWeek`,
                },
              ]),
        ];
      },
      { key: "team.none", field: "team.members" },
    ),

  sops: (plan, ctx = {}) => {
    const has = (kind: "publishing" | "crisis") =>
      plan.team.sops.some((s) => s.kind === kind && substantive(ctx, s.steps, "team.sops.steps"));
    return parts([
      [has("publishing"), { key: "team.sopPublishing", field: "team.sops" }],
      [has("crisis"), { key: "team.sopCrisis", field: "team.sops" }],
    ]);
  },

  /** The run's hours and money fit the scenario's team and budget (plan-cost.ts). */
  "workload-fits": (_plan, ctx = {}) => {
    const cost = ctx.cost;
    if (cost === undefined || cost === null || cost === "pending") {
      const key = cost === "pending" ? "workload.pending" : "workload.noRun";
      return { ratio: 0, issues: [{ key, field: "scenario" }] };
    }
    return parts([
      [
        cost.hoursFit,
        {
          key: "workload.hours",
          values: { hours: cost.busiestHours, week: cost.busiestFrom, team: cost.teamHours },
          field: "team.members",
        },
      ],
      [
        cost.moneyFit,
        {
          key: "workload.money",
          values: { week: cost.moneyShortFrom ?? 0, budget: cost.budget },
          field: "referral.adBudgetPerWeek",
        },
      ],
    ]);
  },
} satisfies Record<string, Check>;

export type CheckId = keyof typeof CHECKS;
export const CHECK_IDS = Object.keys(CHECKS) as CheckId[];

export function isCheckId(id: string): id is CheckId {
  return Object.hasOwn(CHECKS, id);
}

/** Runs one check; an unknown id (only possible with unvalidated data) meets nothing. */
export function runCheck(id: string, plan: Plan, ctx: CheckContext = {}): CheckResult {
  return isCheckId(id) ? CHECKS[id](plan, ctx) : { ratio: 0, issues: [] };
}

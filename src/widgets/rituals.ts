/**
 * The culture chain module 6 teaches (seeds 001 §4.2 and 6.3, 002 §10, 004 "社群文化塑造"):
 * values → slogan → rituals → symbols, checked the way the module checks a plan. Pure, no DOM.
 */

/** How often a ritual happens; the welcome ceremony is the per-newcomer one and is built apart. */
export const CADENCES = ["weekly", "monthly", "yearly"] as const;
export type Cadence = (typeof CADENCES)[number];

/** Who carries the ritual out. */
export const ACTORS = ["operator", "members", "both"] as const;
export type Actor = (typeof ACTORS)[number];

/** Steps a welcome ceremony can be built from; the last three are the common mistakes. */
export const WELCOME_STEPS = [
  "rules",
  "intro",
  "reply",
  "firstTask",
  "atAll",
  "redPacket",
  "longDoc",
] as const;
export type WelcomeStep = (typeof WELCOME_STEPS)[number];

/** Steps a welcome must have: three rules, the newcomer speaks, a member answers. */
export const REQUIRED_STEPS: readonly WelcomeStep[] = ["rules", "intro", "reply"];
/** Steps that make a welcome worse: they disturb everyone or teach the wrong reason to join. */
export const HARMFUL_STEPS: readonly WelcomeStep[] = ["atAll", "redPacket", "longDoc"];

export const LIMITS = {
  maxValues: 3,
  /** A slogan members will actually say: at most this many Chinese characters… */
  sloganMaxChars: 12,
  /** …or this many words in other languages. */
  sloganMaxWords: 8,
  maxWelcomeSteps: 4,
  /** Operator minutes a ritual of each cadence costs per week, as a share of its length. */
  weeksPer: { weekly: 1, monthly: 4, yearly: 52 } as Record<Cadence, number>,
};

export interface Ritual {
  id: number;
  name: string;
  cadence: Cadence;
  actor: Actor;
  /** Index into the plan's values; -1 when the ritual names none. */
  value: number;
  /** The symbol a member earns through it, or "" for none. */
  symbol: string;
  /** Operator minutes each time it happens. */
  minutes: number;
}

export interface CulturePlan {
  values: string[];
  slogan: string;
  rituals: Ritual[];
  welcome: WelcomeStep[];
  /** Operator hours a week available for rituals. */
  hours: number;
}

export type CheckId =
  | "values"
  | "slogan"
  | "valuesEnacted"
  | "ritualsTied"
  | "rhythm"
  | "members"
  | "welcome"
  | "symbols"
  | "time";

export interface Check {
  id: CheckId;
  ok: boolean;
  /** Names to quote in the message: values no ritual enacts, rituals with no value, steps. */
  items: string[];
  /** A figure for the message (minutes a week used, slogan length). */
  figure?: number;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;

/** The slogan's length as a reader counts it: Chinese characters if it has any, else words. */
export function sloganLength(slogan: string): { unit: "chars" | "words"; length: number } {
  const text = slogan.trim();
  const cjk = text.match(CJK)?.length ?? 0;
  if (cjk > 0) return { unit: "chars", length: text.replace(/[\s\p{P}\p{S}]/gu, "").length };
  return { unit: "words", length: text ? text.split(/\s+/).length : 0 };
}

/** Operator minutes a week the rituals cost, each spread over its cadence. */
export function weeklyMinutes(rituals: readonly Ritual[]): number {
  return rituals.reduce((sum, r) => sum + r.minutes / LIMITS.weeksPer[r.cadence], 0);
}

/** The values with text, trimmed, in order; blanks are dropped. */
export function namedValues(values: readonly string[]): string[] {
  return values.map((v) => v.trim()).filter((v) => v.length > 0);
}

/** Every check of the plan, in the order the module teaches them. */
export function checkPlan(plan: CulturePlan): Check[] {
  const values = plan.values.map((v) => v.trim());
  const named = values.map((v, i) => ({ v, i })).filter(({ v }) => v.length > 0);
  const slogan = sloganLength(plan.slogan);
  const sloganMax = slogan.unit === "chars" ? LIMITS.sloganMaxChars : LIMITS.sloganMaxWords;
  const tiedTo = (r: Ritual) => (r.value >= 0 && (values[r.value] ?? "") !== "" ? r.value : -1);
  const unenacted = named.filter(({ i }) => !plan.rituals.some((r) => tiedTo(r) === i));
  const orphans = plan.rituals.filter((r) => tiedTo(r) < 0);
  const byMembers = plan.rituals.filter((r) => r.actor !== "operator").length;
  const missingSteps = REQUIRED_STEPS.filter((s) => !plan.welcome.includes(s));
  const harmful = plan.welcome.filter((s) => HARMFUL_STEPS.includes(s));
  const minutes = weeklyMinutes(plan.rituals);
  const missingRhythm = (["weekly", "yearly"] as const).filter(
    (c) => !plan.rituals.some((r) => r.cadence === c),
  );
  return [
    {
      id: "values",
      ok: named.length >= 1 && named.length <= LIMITS.maxValues,
      items: [],
      figure: named.length,
    },
    {
      id: "slogan",
      ok: slogan.length > 0 && slogan.length <= sloganMax,
      items: [],
      figure: slogan.length,
    },
    {
      id: "valuesEnacted",
      ok: named.length > 0 && unenacted.length === 0,
      items: unenacted.map(({ v }) => v),
    },
    {
      id: "ritualsTied",
      ok: plan.rituals.length > 0 && orphans.length === 0,
      items: orphans.map((r) => r.name),
    },
    { id: "rhythm", ok: missingRhythm.length === 0, items: [...missingRhythm] },
    {
      id: "members",
      ok: plan.rituals.length > 0 && byMembers * 2 >= plan.rituals.length,
      items: [],
      figure: byMembers,
    },
    {
      id: "welcome",
      ok:
        missingSteps.length === 0 &&
        harmful.length === 0 &&
        plan.welcome.length <= LIMITS.maxWelcomeSteps,
      items: [
        ...missingSteps,
        ...harmful,
        ...(plan.welcome.length > LIMITS.maxWelcomeSteps ? ["tooMany"] : []),
      ],
      figure: plan.welcome.length,
    },
    {
      id: "symbols",
      ok: plan.rituals.some((r) => r.symbol.trim() !== "" && r.actor !== "operator"),
      items: [],
    },
    {
      id: "time",
      ok: minutes <= plan.hours * 60,
      items: [],
      figure: Math.round(minutes),
    },
  ];
}

/** The draft a learner starts from: the kind of plan the module warns about, for them to fix. */
export const EXAMPLE: CulturePlan = {
  values: ["互助成长", "", ""],
  slogan: "打造最有温度的咖啡爱好者交流成长平台",
  rituals: [
    {
      id: 0,
      name: "每周五新豆试喝",
      cadence: "weekly",
      actor: "operator",
      value: 0,
      symbol: "",
      minutes: 60,
    },
  ],
  welcome: ["rules", "atAll", "redPacket"],
  hours: 3,
};

/** The same draft in English, so an English page starts from English names. */
export const EXAMPLE_EN: CulturePlan = {
  ...EXAMPLE,
  values: ["Helping each other grow", "", ""],
  slogan: "Building the warmest coffee lovers' exchange and growth platform in the whole city",
  rituals: [{ ...EXAMPLE.rituals[0]!, name: "Friday new-bean tasting" }],
};

/**
 * The decisions a learner can take (shared/SIM.md, "Levers"): their specs (ranges, defaults)
 * and the validation of lever values and of a run's decisions. Defaults live in defaults.ts and
 * the merging of decisions into each week's levers in decisions.ts, so the engine core needs
 * neither the texts nor the checks.
 */
import { LEVER_DEFAULTS } from "./defaults";
import type { Levers } from "./types";

interface LeverBase {
  name: keyof Levers;
  /** "start": read before the first week only (who the seed members are); later changes do nothing. */
  when?: "start";
  /** Module that teaches it (content/modules/NN-…). */
  module: number;
}
export interface NumberLever extends LeverBase {
  kind: "number";
  min: number;
  max: number;
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

/**
 * Every lever, in the engine's fixed order (the order its reports, files and tables list them).
 * Their words are UI strings (`sim.lever.<name>.*`, src/i18n/sim.ts); how the sandbox lays them
 * out, with slider steps, is src/sandbox/layout.ts.
 */
export const LEVERS: readonly LeverSpec[] = [
  {
    name: "postsPerDay",
    kind: "number",
    min: 0,
    max: 10,
    default: LEVER_DEFAULTS.postsPerDay,
    module: 5,
  },
  {
    name: "contentQuality",
    kind: "number",
    min: 0,
    max: 1,
    default: LEVER_DEFAULTS.contentQuality,
    module: 5,
  },
  {
    name: "ugcRewards",
    kind: "number",
    min: 0,
    max: 1,
    default: LEVER_DEFAULTS.ugcRewards,
    module: 7,
  },
  {
    name: "eventsPerWeek",
    kind: "number",
    min: 0,
    max: 5,
    default: LEVER_DEFAULTS.eventsPerWeek,
    module: 6,
  },
  {
    name: "replyCoverage",
    kind: "number",
    min: 0,
    max: 1,
    default: LEVER_DEFAULTS.replyCoverage,
    module: 4,
  },
  {
    name: "rules",
    kind: "choice",
    options: ["none", "basic", "strict"],
    default: LEVER_DEFAULTS.rules,
    module: 3,
  },
  {
    name: "moderationHours",
    kind: "number",
    min: 0,
    max: 40,
    default: LEVER_DEFAULTS.moderationHours,
    module: 10,
  },
  {
    name: "referral",
    kind: "choice",
    options: ["off", "tiered", "aggressive"],
    default: LEVER_DEFAULTS.referral,
    module: 8,
  },
  {
    name: "antiCheat",
    kind: "boolean",
    default: LEVER_DEFAULTS.antiCheat,
    module: 8,
  },
  {
    name: "adBudget",
    kind: "number",
    min: 0,
    max: 20000,
    default: LEVER_DEFAULTS.adBudget,
    module: 8,
  },
  {
    name: "segmentCare",
    kind: "number",
    min: 0,
    max: 1,
    default: LEVER_DEFAULTS.segmentCare,
    module: 7,
  },
  {
    name: "monetization",
    kind: "number",
    min: 0,
    max: 1,
    default: LEVER_DEFAULTS.monetization,
    module: 9,
  },
  {
    name: "crisisResponseMinutes",
    kind: "number",
    min: 15,
    max: 2880,
    default: LEVER_DEFAULTS.crisisResponseMinutes,
    module: 10,
  },
  {
    name: "seedInvites",
    kind: "number",
    min: 0,
    max: 300,
    default: LEVER_DEFAULTS.seedInvites,
    when: "start",
    module: 4,
  },
  {
    name: "seedFit",
    kind: "number",
    min: 0,
    max: 1,
    default: LEVER_DEFAULTS.seedFit,
    when: "start",
    module: 4,
  },
  {
    name: "transform",
    kind: "action",
    options: ["theme", "model", "crowd"],
    default: "none",
    module: 12,
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

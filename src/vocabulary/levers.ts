/**
 * The decisions a learner can take (shared/SIM.md, "Levers"): their names, kinds, ranges, choices
 * and defaults, and the check of one lever value. Data only, with no imports, so that the engine,
 * the schemas (src/schemas/scenario.ts derives the lever values' schema from LEVERS) and the
 * zod-free readers share one definition. What the levers do is the engine's (src/sim/).
 */

/** Every decision the learner can take; see LEVERS for ranges. */
export interface Levers {
  postsPerDay: number;
  contentQuality: number;
  ugcRewards: number;
  eventsPerWeek: number;
  replyCoverage: number;
  rules: "none" | "basic" | "strict";
  moderationHours: number;
  referral: "off" | "tiered" | "aggressive";
  antiCheat: boolean;
  adBudget: number;
  segmentCare: number;
  monetization: number;
  crisisResponseMinutes: number;
  /** People invited before the first week as seed members (read in week 1 only). */
  seedInvites: number;
  /** How well the seed members fit the persona, 0 (a QR code posted anywhere) to 1 (handpicked, asked one to one). */
  seedFit: number;
  /** One-off action; "none" in every week it is not decided. */
  transform: "none" | "theme" | "model" | "crowd";
}

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
    default: 2,
    module: 5,
  },
  {
    name: "contentQuality",
    kind: "number",
    min: 0,
    max: 1,
    default: 0.5,
    module: 5,
  },
  {
    name: "ugcRewards",
    kind: "number",
    min: 0,
    max: 1,
    default: 0.2,
    module: 7,
  },
  {
    name: "eventsPerWeek",
    kind: "number",
    min: 0,
    max: 5,
    default: 1,
    module: 6,
  },
  {
    name: "replyCoverage",
    kind: "number",
    min: 0,
    max: 1,
    default: 0.5,
    module: 4,
  },
  {
    name: "rules",
    kind: "choice",
    options: ["none", "basic", "strict"],
    default: "basic",
    module: 3,
  },
  {
    name: "moderationHours",
    kind: "number",
    min: 0,
    max: 40,
    default: 2,
    module: 10,
  },
  {
    name: "referral",
    kind: "choice",
    options: ["off", "tiered", "aggressive"],
    default: "off",
    module: 8,
  },
  {
    name: "antiCheat",
    kind: "boolean",
    default: false,
    module: 8,
  },
  {
    name: "adBudget",
    kind: "number",
    min: 0,
    max: 20000,
    default: 0,
    module: 8,
  },
  {
    name: "segmentCare",
    kind: "number",
    min: 0,
    max: 1,
    default: 0.2,
    module: 7,
  },
  {
    name: "monetization",
    kind: "number",
    min: 0,
    max: 1,
    default: 0,
    module: 9,
  },
  {
    name: "crisisResponseMinutes",
    kind: "number",
    min: 15,
    max: 2880,
    default: 240,
    module: 10,
  },
  {
    name: "seedInvites",
    kind: "number",
    min: 0,
    max: 300,
    default: 0,
    when: "start",
    module: 4,
  },
  {
    name: "seedFit",
    kind: "number",
    min: 0,
    max: 1,
    default: 0.5,
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

/** Every lever's global default (a scenario's own levers go on top). */
export const LEVER_DEFAULTS: Readonly<Levers> = Object.fromEntries(
  LEVERS.map((l) => [l.name, l.default]),
) as unknown as Levers;

/** Every lever at its global default. */
export function defaultLevers(): Levers {
  return { ...LEVER_DEFAULTS };
}

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

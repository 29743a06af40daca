/**
 * Checking what a learner or a file decides: sets of lever values, a lever value typed on a
 * command line or in a form, and a run's decisions. The levers themselves (names, ranges,
 * defaults) are src/vocabulary/levers.ts; the merging of decisions into each week's levers is
 * decisions.ts.
 */
import { checkLever, leverSpec, type LeverProblem } from "../vocabulary/levers";

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

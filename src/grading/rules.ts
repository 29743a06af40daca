/**
 * The scoring rules, by id. An assignment records the rule it was issued under (`rule`); every
 * submission for it is graded by that rule, whatever the file says about itself. A submission
 * names the rule its own score was computed with only so that the claim can be checked.
 *
 * | rule | a missed goal earns            | resource goals (hours) are judged on                      |
 * | ---- | ------------------------------ | --------------------------------------------------------- |
 * | 1    | its full proportion (retired)  | the final week                                            |
 * | 2    | at most half                   | the final week                                            |
 * | 3    | at most half                   | the busiest four consecutive weeks (their weekly average) |
 *
 * Rule 1 is kept only to check the scores that version 1 files claim: no assignment is graded by
 * it. An assignment without a `rule` was issued before the field existed and is graded by rule 2;
 * one without a `modelVersion` was issued under "col-sim-1.0.0", the only model version there was
 * until the field existed.
 */
import type { Assignment } from "../schemas/assignment";

export type RuleId = 1 | 2 | 3;

export interface ScoringRule {
  id: RuleId;
  /** The most a missed goal earns, as a share of a met goal's credit. */
  missedShare: number;
  /**
   * How goals on weekly resources (RESOURCE_METRICS) are judged: on the week itself ("week"), or
   * on the average of the busiest RESOURCE_WINDOW consecutive weeks up to it ("busiest").
   */
  resources: "week" | "busiest";
  /** Whether an assignment may be graded by it. */
  gradable: boolean;
}

export const RULES: Readonly<Record<RuleId, ScoringRule>> = {
  1: { id: 1, missedShare: 1, resources: "week", gradable: false },
  2: { id: 2, missedShare: 0.5, resources: "week", gradable: true },
  3: { id: 3, missedShare: 0.5, resources: "busiest", gradable: true },
};

/** The rule new assignments are issued under. */
export const CURRENT_RULE: ScoringRule = RULES[3];

/** The rule of an assignment issued before assignments named one. */
export const LEGACY_RULE: ScoringRule = RULES[2];

/** The model version of an assignment issued before assignments named one. */
export const LEGACY_MODEL_VERSION = "col-sim-1.0.0";

/**
 * Weekly figures a team spends rather than grows. `spent` is not among them: it is already the
 * run's total. Judged over the run (rule 3), switching everything off in the last week no longer
 * lifts a score.
 */
export const RESOURCE_METRICS: ReadonlySet<string> = new Set(["hoursUsed"]);

/** Consecutive weeks a resource goal is averaged over (rule 3). */
export const RESOURCE_WINDOW = 4;

/** A rule by id, or null for an id this build does not know. */
export function ruleById(id: unknown): ScoringRule | null {
  return id === 1 || id === 2 || id === 3 ? RULES[id] : null;
}

/** The rule an assignment is graded by: the one it names, else rule 2; never the retired rule 1. */
export function assignmentRule(
  assignment: Pick<Assignment, "rule"> | null | undefined,
): ScoringRule {
  const named = ruleById(assignment?.rule);
  return named?.gradable ? named : LEGACY_RULE;
}

/** The model version an assignment was issued under (legacy files: col-sim-1.0.0). */
export function assignmentModel(assignment: Pick<Assignment, "modelVersion">): string {
  return assignment.modelVersion ?? LEGACY_MODEL_VERSION;
}

/**
 * The rule a submission's own score was computed with: version 1 files used rule 1, version 2
 * files rule 2, later files name it. Null when the file names a rule this build does not know.
 */
export function claimedRule(version: number, scoreRule: number | undefined): ScoringRule | null {
  if (version === 1) return RULES[1];
  if (version === 2) return RULES[2];
  return ruleById(scoreRule);
}

/** Whether a goal on this metric is judged over the run rather than on one week. */
export function judgedOverRun(metric: string, rule: ScoringRule): boolean {
  return rule.resources === "busiest" && RESOURCE_METRICS.has(metric);
}

/**
 * The assignment fields a submission's copy must share with the official one (the id is checked
 * first, apart: another id means another assignment). The rule and model version are not among
 * them: the model is checked on its own, and the grade always follows the official rule.
 */
export const ASSIGNMENT_FIELDS = [
  "scenario",
  "seed",
  "weeks",
  "locked",
  "goals",
  "passMark",
  "personalSeeds",
  "learnerIds",
] as const;

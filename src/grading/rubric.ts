/**
 * The rubric engine: scores a plan against a rubric. Pure, no DOM, no clock.
 *
 * A criterion earns `weight × level share` (src/schemas/levels.ts LEVELS: excellent 1, good 0.5,
 * needs work 0). Auto-checked criteria take the best level their check's ratio reaches, so a check
 * met in full is excellent, at least half met is good, less is needs work. Self-assessed criteria
 * take the level the learner picked, and earn nothing until one is picked. The score is points
 * over the total weight; the result keeps auto-checked and self-assessed points apart so the
 * learner sees which part of the score is the machine's and which is their own.
 *
 * A self-assessed criterion counts only once the part of the plan it judges says something: a
 * level picked for a blank or placeholder answer earns nothing, with an issue saying so.
 *
 * A criterion with `capsScoreAt` (the workload that must fit the team) holds the whole score at
 * that share while its check is not met in full: no mark elsewhere makes up for a plan the team
 * cannot carry out.
 *
 * A criterion that does not apply — the rubric says so for the community's goal or team size, or
 * its check finds nothing to judge (no videos to limit, nothing sold) — has no level and leaves
 * the denominator: it neither earns points nor costs them.
 */
import type { Plan } from "../schemas/plan";
import { LEVELS, type LevelId } from "../schemas/levels";
import {
  echoesOf,
  MIN_UNITS,
  runCheck,
  teamHours,
  type CheckContext,
  type CheckIssue,
} from "./checks";
import { passes } from "./pass";
import { getField, isRow } from "./plan-path";
import { textProblem } from "./text";

/** When a criterion does not fit a community (the reason is the rubric's text, not needed here). */
export interface NaRule {
  goals?: readonly string[];
  teamHoursBelow?: number;
}

/** What scoring needs of a criterion; the texts do not matter here. */
export type Scorable = (
  | { kind: "auto"; check: string; weight: number; capsScoreAt?: number }
  | { kind: "self"; weight: number; field?: string }
) & { notApplicable?: readonly NaRule[] };

/** Why a criterion does not apply: a rule of the rubric (its index) or its check (an i18n key). */
export type NotApplicableWhy = { rule: number } | { check: string };

export interface CriterionScore<C extends Scorable = Scorable> {
  id: string;
  criterion: C;
  /**
   * null: a self-assessed criterion the learner has not judged yet (or judged on a field that is
   * still blank or a placeholder), or one that does not apply.
   */
  level: LevelId | null;
  /** For self-assessed criteria, the level the learner picked (whether or not it counts). */
  picked: LevelId | null;
  points: number;
  /** For auto-checked criteria, what to fix (empty when excellent). */
  issues: CheckIssue[];
  /** Set when the criterion does not apply to this plan; it then counts for nothing either way. */
  notApplicable: NotApplicableWhy | null;
}

export interface PartScore {
  points: number;
  max: number;
}

export interface RubricScore<C extends Scorable = Scorable> {
  /** 0–1, rounded to 4 decimals. */
  score: number;
  passed: boolean;
  passMark: number;
  auto: PartScore;
  self: PartScore & { unassessed: number };
  /** How many criteria do not apply to this plan. */
  notApplicable: number;
  /**
   * The criteria whose `capsScoreAt` holds the score down (their checks are not met in full),
   * and the share the score is held at; null when nothing caps it.
   */
  capped: { by: string[]; at: number } | null;
  criteria: CriterionScore<C>[];
}

export interface ScoreOptions extends CheckContext {
  /** Overrides the rubric's pass mark (a module assignment may set its own). */
  passMark?: number;
}

/** The best level whose share the ratio reaches (the last level has share 0, so one always fits). */
export function levelForRatio(ratio: number): LevelId {
  return (LEVELS.find((l) => ratio >= l.score - 1e-9) ?? LEVELS[LEVELS.length - 1]!).id;
}

export function levelScore(id: LevelId): number {
  return LEVELS.find((l) => l.id === id)?.score ?? 0;
}

/** 4 decimals, as quiz scores are stored, so no float noise (0.30000000000000004) is recorded. */
export const round4 = (x: number) => Math.round(x * 10000) / 10000;

function isLevelId(value: string | undefined): value is LevelId {
  return LEVELS.some((l) => l.id === value);
}

/** The criteria of a rubric in their written order, with their ids. */
export function criteriaOf<C extends Scorable>(rubric: {
  criteria: Record<string, C>;
}): [string, C][] {
  return Object.entries(rubric.criteria);
}

/**
 * The first of a criterion's not-applicable rules that fits the plan, by index. A team-size
 * rule fits only once the team has hours entered, so an unfinished plan is held to the standard.
 */
export function notApplicableRule(rules: readonly NaRule[], plan: Plan): number | null {
  const hours = teamHours(plan);
  const index = rules.findIndex(
    (rule) =>
      (rule.goals !== undefined &&
        plan.positioning.goal !== null &&
        rule.goals.includes(plan.positioning.goal)) ||
      (rule.teamHoursBelow !== undefined && hours > 0 && hours < rule.teamHoursBelow),
  );
  return index < 0 ? null : index;
}

/**
 * Whether the part of the plan a self-assessed criterion judges says something: a text that is
 * neither blank nor a placeholder, a list with such a text in some row (its text fields, not its
 * choices), a calendar day with a themed item ("calendar.day.0"), or any choice or number.
 */
export function fieldHasSubstance(plan: Plan, field: string, ctx: CheckContext = {}): boolean {
  const said = (text: string, what: string) => textProblem(text, 1, echoesOf(ctx, what)) === null;
  const day = /^calendar\.day\.(\d)$/.exec(field);
  if (day) {
    return plan.calendar.slots.some(
      (s) => s.day === Number(day[1]) && said(s.theme, "calendar.slots.theme"),
    );
  }
  const value = getField(plan, field);
  if (typeof value === "string") return said(value, field);
  if (Array.isArray(value)) {
    return value.some(
      (row) =>
        isRow(row) &&
        Object.entries(row).some(
          ([key, v]) =>
            typeof v === "string" && `${field}.${key}` in MIN_UNITS && said(v, `${field}.${key}`),
        ),
    );
  }
  return value !== null && value !== undefined;
}

export function scoreCriterion<C extends Scorable>(
  id: string,
  criterion: C,
  plan: Plan,
  ctx: CheckContext = {},
): CriterionScore<C> {
  const rule = notApplicableRule(criterion.notApplicable ?? [], plan);
  const none = { id, criterion, level: null, picked: null, points: 0, issues: [] };
  if (rule !== null) return { ...none, notApplicable: { rule } };
  if (criterion.kind === "auto") {
    const result = runCheck(criterion.check, plan, ctx);
    if (result.notApplicable !== undefined) {
      return { ...none, notApplicable: { check: result.notApplicable } };
    }
    const level = levelForRatio(result.ratio);
    return {
      ...none,
      level,
      points: criterion.weight * levelScore(level),
      issues: result.issues,
      notApplicable: null,
    };
  }
  const choice = plan.selfAssessment[id];
  const picked = isLevelId(choice) ? choice : null;
  if (picked !== null && criterion.field && !fieldHasSubstance(plan, criterion.field, ctx)) {
    return {
      ...none,
      picked,
      issues: [{ key: "self.nothingToJudge", field: criterion.field }],
      notApplicable: null,
    };
  }
  return {
    ...none,
    level: picked,
    picked,
    points: picked === null ? 0 : criterion.weight * levelScore(picked),
    notApplicable: null,
  };
}

/** Scores a plan against a rubric; `options` carries the pass mark and what texts may not echo. */
export function scorePlan<C extends Scorable>(
  rubric: { passMark: number; criteria: Record<string, C> },
  plan: Plan,
  options: ScoreOptions = {},
): RubricScore<C> {
  const { passMark = rubric.passMark, ...ctx } = options;
  const criteria = criteriaOf(rubric).map(([id, c]) => scoreCriterion(id, c, plan, ctx));
  const part = (kind: Scorable["kind"]): PartScore => {
    const list = criteria.filter((c) => c.criterion.kind === kind && c.notApplicable === null);
    return {
      points: list.reduce((sum, c) => sum + c.points, 0),
      max: list.reduce((sum, c) => sum + c.criterion.weight, 0),
    };
  };
  const auto = part("auto");
  const self = {
    ...part("self"),
    unassessed: criteria.filter(
      (c) => c.criterion.kind === "self" && c.level === null && c.notApplicable === null,
    ).length,
  };
  const max = auto.max + self.max;
  const earned = max === 0 ? 0 : round4((auto.points + self.points) / max);
  const capping = criteria.filter(
    (c) =>
      c.criterion.kind === "auto" &&
      c.criterion.capsScoreAt !== undefined &&
      c.notApplicable === null &&
      c.level !== "excellent",
  );
  const at = Math.min(
    ...capping.map((c) => (c.criterion.kind === "auto" ? (c.criterion.capsScoreAt ?? 1) : 1)),
  );
  const capped = capping.length > 0 && earned > at ? { by: capping.map((c) => c.id), at } : null;
  const score = capped ? capped.at : earned;
  return {
    score,
    passed: passes(score, passMark),
    passMark,
    auto,
    self,
    notApplicable: criteria.filter((c) => c.notApplicable !== null).length,
    capped,
    criteria,
  };
}

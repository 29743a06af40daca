/**
 * The rubric engine: scores a plan against a rubric. Pure, no DOM, no clock.
 *
 * A criterion earns `weight × level share` (src/schemas/rubric.ts LEVELS: excellent 1, good 0.5,
 * needs work 0). Auto-checked criteria take the best level their check's ratio reaches, so a check
 * met in full is excellent, at least half met is good, less is needs work. Self-assessed criteria
 * take the level the learner picked, and earn nothing until one is picked. The score is points
 * over the total weight; the result keeps auto-checked and self-assessed points apart so the
 * learner sees which part of the score is the machine's and which is their own.
 */
import type { Plan } from "../schemas/plan";
import { LEVELS, type Criterion, type LevelId } from "../schemas/rubric";
import { runCheck, type CheckIssue } from "./checks";
import { passes } from "./pass";

/** What scoring needs of a criterion; the texts do not matter here. */
export type Scorable =
  { kind: "auto"; check: string; weight: number } | { kind: "self"; weight: number };

export interface CriterionScore<C extends Scorable = Criterion> {
  id: string;
  criterion: C;
  /** null: a self-assessed criterion the learner has not judged yet. */
  level: LevelId | null;
  points: number;
  /** For auto-checked criteria, what to fix (empty when excellent). */
  issues: CheckIssue[];
}

export interface PartScore {
  points: number;
  max: number;
}

export interface RubricScore<C extends Scorable = Criterion> {
  /** 0–1, rounded to 4 decimals. */
  score: number;
  passed: boolean;
  passMark: number;
  auto: PartScore;
  self: PartScore & { unassessed: number };
  criteria: CriterionScore<C>[];
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

export function scoreCriterion<C extends Scorable>(
  id: string,
  criterion: C,
  plan: Plan,
): CriterionScore<C> {
  if (criterion.kind === "auto") {
    const result = runCheck(criterion.check, plan);
    const level = levelForRatio(result.ratio);
    return {
      id,
      criterion,
      level,
      points: criterion.weight * levelScore(level),
      issues: result.issues,
    };
  }
  const picked = plan.selfAssessment[id];
  const level = isLevelId(picked) ? picked : null;
  return {
    id,
    criterion,
    level,
    points: level === null ? 0 : criterion.weight * levelScore(level),
    issues: [],
  };
}

/**
 * Scores a plan. `passMark` overrides the rubric's own (a module assignment may set one).
 */
export function scorePlan<C extends Scorable>(
  rubric: { passMark: number; criteria: Record<string, C> },
  plan: Plan,
  passMark = rubric.passMark,
): RubricScore<C> {
  const criteria = criteriaOf(rubric).map(([id, c]) => scoreCriterion(id, c, plan));
  const part = (kind: Scorable["kind"]): PartScore => {
    const list = criteria.filter((c) => c.criterion.kind === kind);
    return {
      points: list.reduce((sum, c) => sum + c.points, 0),
      max: list.reduce((sum, c) => sum + c.criterion.weight, 0),
    };
  };
  const auto = part("auto");
  const self = {
    ...part("self"),
    unassessed: criteria.filter((c) => c.level === null).length,
  };
  const max = auto.max + self.max;
  const score = max === 0 ? 0 : round4((auto.points + self.points) / max);
  return { score, passed: passes(score, passMark), passMark, auto, self, criteria };
}

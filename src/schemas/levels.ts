/**
 * The levels every rubric criterion is judged on, best first, with the share of the criterion's
 * weight each earns. An auto-checked criterion gets the best level whose share its check's ratio
 * reaches; a self-assessed one gets the level the learner picks. Labels: i18n `rubric.level.<id>`.
 * Plain constants (no zod), so the rubric engine can run in a module page without the schemas.
 */
export const LEVELS = [
  { id: "excellent", score: 1 },
  { id: "good", score: 0.5 },
  { id: "needs-work", score: 0 },
] as const;
export type LevelId = (typeof LEVELS)[number]["id"];

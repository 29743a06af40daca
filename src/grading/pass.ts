/**
 * The one pass rule. Every place that says "passed" — the quiz, the rubric, the sandbox's
 * submit, the gradebook, `npm run sim --assignment`, the certificate — asks this function, so the
 * learner's page, the CLI and the instructor never disagree at the boundary.
 *
 * Scores are fractions 0–1 (a percent is divided by 100 first). Stored scores are rounded
 * (quiz and rubric scores to 4 decimals, simulation scores to one decimal of a percent), and
 * 0.7 is not exactly representable, so a score equal to the mark after rounding must pass: the
 * slack is far below any rounding step a score is stored with.
 */
const SLACK = 1e-9;

/** Whether a score (0–1) reaches a pass mark (0–1). */
export function passes(score: number, passMark: number): boolean {
  return Number.isFinite(score) && score + SLACK >= passMark;
}

/** Whether a score given as a percent (0–100) reaches a pass mark (0–1). */
export function passesPercent(percent: number, passMark: number): boolean {
  return passes(percent / 100, passMark);
}

import { z } from "astro/zod";
import { LocalizedSchema } from "./common";

export const SOLUTION_FORMAT = "community-ops-lab/solution";
export const SOLUTION_VERSION = 1;

/** A decision of a stored strategy: from `week` on, these levers (names and values checked by the engine). */
export const SolutionDecisionSchema = z.object({
  week: z.number().int().min(0).max(104),
  set: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
});

/** A strategy for a challenge, with why it is played. */
export const StrategySchema = z.object({
  decisions: z.array(SolutionDecisionSchema),
  /** What the strategy does and why, for the author and the instructor. */
  why: LocalizedSchema,
});

/**
 * content/solutions/<challenge>.json: the reference solution of a graded challenge (a module's
 * simulation assignment or a scenario's own goals) and the strategy its brief warns against.
 * Authors keep them beside the challenge so a test can show the challenge is attainable and that
 * the wrong strategy does not pass (tests/unit/content/challenges.test.ts; `npm run sim:search`).
 */
export const SolutionSchema = z.object({
  format: z.literal(SOLUTION_FORMAT),
  version: z.literal(SOLUTION_VERSION),
  /** "module-NN-slug" for a module's assignment, "scenario-<id>" for a scenario's goals. */
  challenge: z.string().regex(/^(module|scenario)-[a-z0-9-]+$/),
  /** The engine version the solution was found with. */
  modelVersion: z.string().min(1),
  reference: StrategySchema,
  warned: StrategySchema,
});
export type Solution = z.infer<typeof SolutionSchema>;

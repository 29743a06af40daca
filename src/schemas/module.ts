import { z } from "astro/zod";
import { SlugSchema, TrackSchema } from "./common";
import { GoalSchema } from "./goal";
import { WRITTEN_FIELDS } from "./plan-options";

export { GoalSchema, type Goal } from "./goal";

/**
 * The assignment that ends a module. `quiz` is the module's quiz; `simulation` a sandbox
 * challenge scored with the engine's goal scoring; `plan` planner sections checked with a rubric.
 */
export const ModuleAssignmentSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("quiz"),
    /** What the learner is asked to do, in the module's language. */
    brief: z.string().min(1),
    /** Pass mark, 0–1. */
    passMark: z.number().min(0).max(1).default(0.7),
  }),
  z.object({
    kind: z.literal("simulation"),
    brief: z.string().min(1),
    /** Scenario id from content/scenarios. */
    scenario: SlugSchema,
    seed: z.number().int().nonnegative(),
    weeks: z.number().int().min(8).max(104),
    /** Levers fixed by the challenge, lever name → value. */
    locked: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])).default({}),
    goals: z.array(GoalSchema).min(1),
    /** Pass mark, 0–1: by default every goal met (src/grading/score.ts: a missed goal earns at most half). */
    passMark: z.number().min(0).max(1).default(1),
  }),
  z.object({
    kind: z.literal("plan"),
    brief: z.string().min(1),
    /** Rubric id from content/rubrics. */
    rubric: SlugSchema,
    passMark: z.number().min(0).max(1).default(0.7),
  }),
]);
export type ModuleAssignment = z.infer<typeof ModuleAssignmentSchema>;

/**
 * A module's short written assignment, beside its main one: parts of a plan the learner writes on
 * the module page, checked in the browser against a written rubric (content/rubrics, `use:
 * written`). A module with a written assignment is complete when both its assignments pass.
 */
export const WrittenAssignmentSchema = z.object({
  /** What the learner is asked to write, in the module's language. */
  brief: z.string().min(1),
  /** Rubric id from content/rubrics. */
  rubric: SlugSchema,
  /** The plan fields the learner writes, in the order they are shown. */
  fields: z.array(z.enum(WRITTEN_FIELDS)).min(1),
  /** Pass mark, 0–1. */
  passMark: z.number().min(0).max(1).default(0.7),
});
export type WrittenAssignment = z.infer<typeof WrittenAssignmentSchema>;

/** Frontmatter of content/modules/<lang>/NN-slug.mdx. */
export const ModuleSchema = z.object({
  /** Position in the course; the NN of the file name. */
  number: z.number().int().min(0).max(99),
  /** URL segment; the slug part of the file name, the same in both languages. */
  slug: SlugSchema,
  title: z.string().min(1),
  /** One or two sentences for cards, search results and the sidebar. */
  summary: z.string().min(1),
  /** What the learner can do after the module; shown at the top of the page. */
  objectives: z.array(z.string().min(1)).min(2),
  /** Estimated minutes to read, play and take the quiz. */
  minutes: z.number().int().positive(),
  /** Audience tracks this module serves (seed 004). */
  tracks: z.array(TrackSchema).min(1),
  /** Module numbers that should come first; every track's path puts them earlier. */
  prerequisites: z.array(z.number().int().min(0)).default([]),
  /**
   * What the module means for the three tracks whose situation differs most from the newcomer's,
   * one or two sentences each; the page shows them as "this module on your track".
   */
  trackNotes: z
    .object({
      manager: z.string().min(1),
      founder: z.string().min(1),
      offline: z.string().min(1),
    })
    .optional(),
  /**
   * Source documents in shared/seeds the module takes facts from, by number, e.g. "004"; the page
   * names each by its title (i18n `source.NNN`).
   */
  seeds: z
    .array(
      z.enum(["000", "001", "002", "003", "004"], {
        message: 'a seed is the three-digit number of a document in shared/seeds, e.g. "004"',
      }),
    )
    .default([]),
  /** How the module ends; scored in the browser. */
  assignment: ModuleAssignmentSchema.optional(),
  /** A short written assignment after the main one (modules 03, 04, 08, 10). */
  written: WrittenAssignmentSchema.optional(),
});
export type ModuleFrontmatter = z.infer<typeof ModuleSchema>;

import { z } from "astro/zod";
import { LangSchema, LocalizedSchema, SlugSchema } from "./common";
import { LeverValuesSchema, ScenarioGoalSchema } from "./scenario";

import { ASSIGNMENT_FORMAT, ASSIGNMENT_VERSION } from "./formats";

export { ASSIGNMENT_FORMAT, ASSIGNMENT_VERSION };

/** An ISO 8601 date-time with an offset or Z, e.g. "2025-03-01T23:59:00+08:00". */
export const IsoDateTimeSchema = z.string().datetime({ offset: true });

/**
 * The scoring rules an assignment can be issued under (src/grading/rules.ts has the table): 2, a
 * missed goal earns at most half credit and resources are judged on the final week; 3, the same
 * with resources judged over the whole run. Rule 1 (full proportional credit) is retired: no
 * assignment is graded by it.
 */
export const AssignmentRuleSchema = z.union([z.literal(2), z.literal(3)]);

/** A learner id an instructor lists (student number, e-mail). */
export const LearnerIdSchema = z.string().trim().min(1).max(200);

/**
 * A simulation assignment an instructor hands out (a file or a link): everyone runs the same
 * scenario under the same seed and weeks (or, with personal seeds, each learner their own seed),
 * some levers locked, scored on the goals by the assignment's scoring rule.
 */
export const AssignmentSchema = z
  .object({
    format: z.literal(ASSIGNMENT_FORMAT),
    version: z.literal(ASSIGNMENT_VERSION),
    /** Stable id; submissions and the gradebook refer to it. */
    id: SlugSchema,
    /**
     * Title and instructions in both languages. An instructor may write one language only: the
     * other holds the same text, and `languages` says which one was written.
     */
    title: LocalizedSchema,
    /** What the learner is asked to do. */
    instructions: LocalizedSchema,
    /** The languages the instructor wrote the title and instructions in; absent: both. */
    languages: z.array(LangSchema).min(1).max(2).optional(),
    /** Scenario id from content/scenarios. */
    scenario: SlugSchema,
    seed: z.number().int().nonnegative(),
    weeks: z.number().int().min(8).max(104),
    /** Levers fixed for the whole run, lever name → value; a decision may not move them. */
    locked: LeverValuesSchema.default({}),
    goals: z.array(ScenarioGoalSchema).min(1),
    /** Score (0–1) that counts as a pass. */
    passMark: z.number().min(0).max(1).default(0.7),
    /** When submissions are due. */
    due: IsoDateTimeSchema,
    createdAt: IsoDateTimeSchema,
    /**
     * The scoring rule the assignment was issued under. Absent in files made before the field
     * existed: those are graded by rule 2 (src/grading/rules.ts).
     */
    rule: AssignmentRuleSchema.optional(),
    /**
     * The simulation model the assignment was issued under (the engine's MODEL_VERSION).
     * Absent in files made before the field existed: those were issued under "col-sim-1.0.0".
     */
    modelVersion: z.string().min(1).max(100).optional(),
    /**
     * Each learner meets their own world: the run's seed is derived from the assignment and the
     * learner (src/grading/personal-seed.ts), so a run copied under another name fails.
     */
    personalSeeds: z.boolean().optional(),
    /**
     * With personal seeds, the learner ids the instructor lists: a learner then gives one of
     * them, and their seed follows the id rather than the name.
     */
    learnerIds: z.array(LearnerIdSchema).min(1).max(2000).optional(),
  })
  .refine((a) => a.goals.every((g) => g.byWeek === undefined || g.byWeek <= a.weeks), {
    message: "a goal's byWeek must fall within the assignment's weeks",
    path: ["goals"],
  });
export type Assignment = z.infer<typeof AssignmentSchema>;
export type AssignmentInput = z.input<typeof AssignmentSchema>;
export type AssignmentRule = z.infer<typeof AssignmentRuleSchema>;

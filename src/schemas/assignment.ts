import { z } from "astro/zod";
import { LocalizedSchema, SlugSchema } from "./common";
import { LeverValuesSchema, ScenarioGoalSchema } from "./scenario";

export const ASSIGNMENT_FORMAT = "community-ops-lab/assignment";
export const ASSIGNMENT_VERSION = 1;

/** An ISO 8601 date-time with an offset or Z, e.g. "2025-03-01T23:59:00+08:00". */
export const IsoDateTimeSchema = z.string().datetime({ offset: true });

/**
 * A simulation assignment an instructor hands out (a file or a link): everyone runs the same
 * scenario under the same seed and weeks, some levers locked, scored on the goals.
 */
export const AssignmentSchema = z
  .object({
    format: z.literal(ASSIGNMENT_FORMAT),
    version: z.literal(ASSIGNMENT_VERSION),
    /** Stable id; submissions and the gradebook refer to it. */
    id: SlugSchema,
    title: LocalizedSchema,
    /** What the learner is asked to do. */
    instructions: LocalizedSchema,
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
  })
  .refine((a) => a.goals.every((g) => g.byWeek === undefined || g.byWeek <= a.weeks), {
    message: "a goal's byWeek must fall within the assignment's weeks",
    path: ["goals"],
  });
export type Assignment = z.infer<typeof AssignmentSchema>;
export type AssignmentInput = z.input<typeof AssignmentSchema>;

import { z } from "astro/zod";
import { AssignmentSchema, IsoDateTimeSchema } from "./assignment";
import { GoalSchema } from "./goal";
import { SlugSchema } from "./common";
import { STAGES } from "../vocabulary/community";

export const SUBMISSION_FORMAT = "community-ops-lab/submission";
/**
 * 3: the score names the scoring rule it was computed with (`score.rule`). Older files are still
 * read: version 2 scores were computed with rule 2, version 1 scores with the retired rule 1. The
 * file's own rule is only used to check that its claimed score is what that rule gives; the grade
 * always comes from the assignment's rule (src/grading/rules.ts).
 */
export const SUBMISSION_VERSION = 3;
/** Every submission version this build reads. */
export const SUBMISSION_VERSIONS = [1, 2, 3] as const;

/**
 * A decision as stored in a file. Lever names and values are deliberately loose here: a value out
 * of range is a constraint violation that verification reports by name, not a broken file.
 */
export const StoredDecisionSchema = z.object({
  week: z.number(),
  set: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
});

/** Everything needed to replay a simulation exactly (src/sim's `Run`). */
export const RunSchema = z.object({
  modelVersion: z.string().min(1),
  scenario: SlugSchema,
  seed: z.number().int().nonnegative(),
  weeks: z.number().int().min(8).max(104),
  decisions: z.array(StoredDecisionSchema),
});

const ratio = z.number().nullable();

/** The run's outputs as the learner's browser computed them; verification replays and compares. */
export const ClaimedSchema = z.object({
  final: z.object({
    members: z.number(),
    dau: z.number(),
    wau: z.number(),
    mau: z.number(),
    stickiness: z.number(),
    retentionW1: ratio,
    retentionW4: ratio,
    retentionW12: ratio,
    contributorsShare: z.number(),
    nps: z.number(),
    revenue: z.number(),
    spent: z.number(),
    hoursUsed: z.number(),
    spamIncidents: z.number(),
  }),
  stages: z
    .array(z.object({ stage: z.enum(STAGES), fromWeek: z.number().int().nonnegative() }))
    .min(1),
  hash: z.string().regex(/^[0-9a-f]{16}$/, "a hash is 16 lowercase hex digits"),
});

/** One goal's result: the value reached and the credit (0–1) it earned. */
export const GoalResultSchema = GoalSchema.extend({
  actual: z.number().nullable(),
  credit: z.number().min(0).max(1),
});

/** A run's score against goals (src/grading/score.ts). */
export const ScoreSchema = z.object({
  /** 0–100, the mean credit of the goals, rounded to one decimal. */
  percent: z.number().min(0).max(100),
  goals: z.array(GoalResultSchema),
  /** The scoring rule the score was computed with (version 3 on; src/grading/rules.ts). */
  rule: z.number().int().min(1).max(99).optional(),
});

/** A learner's simulation submission: the run, what it claims, and the score it claims. */
export const SubmissionSchema = z
  .object({
    format: z.literal(SUBMISSION_FORMAT),
    version: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** The assignment, embedded whole; absent for a free sandbox run scored on the scenario's goals. */
    assignment: AssignmentSchema.optional(),
    learner: z.object({
      name: z.string().trim().min(1).max(200),
      /** Student number or e-mail, if the course uses one. */
      id: z.string().trim().min(1).max(200).optional(),
    }),
    run: RunSchema,
    claimed: ClaimedSchema,
    score: ScoreSchema,
    /** When the learner's device made the file, by its own clock: reported, not proven. */
    createdAt: IsoDateTimeSchema,
  })
  .refine((s) => s.version < 3 || s.score.rule !== undefined, {
    message: "a version 3 submission names the rule its score was computed with",
    path: ["score", "rule"],
  });
export type Submission = z.infer<typeof SubmissionSchema>;
export type StoredRun = z.infer<typeof RunSchema>;
export type Score = z.infer<typeof ScoreSchema>;
export type GoalResult = z.infer<typeof GoalResultSchema>;

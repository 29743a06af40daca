import { z } from "astro/zod";
import { TrackSchema } from "./common";
import { FeedbackSchema, ModuleIdSchema, TimestampSchema } from "./feedback";
import { ASSIGNMENT_KINDS } from "../vocabulary/course";
import { PROGRESS_FORMAT, PROGRESS_VERSION } from "./formats";

/** Older records are brought forward by the zod-free reader (src/lib/light/progress.ts). */
export { PROGRESS_FORMAT, PROGRESS_VERSION };

const ScoreSchema = z.number().min(0).max(1);

/** One submitted quiz attempt. Every attempt is kept; none is ever overwritten. */
export const QuizAttemptSchema = z.object({
  at: TimestampSchema,
  /** Mean item score, 0–1. */
  score: ScoreSchema,
  /** Whether the score reached the quiz's pass mark at the time. */
  passed: z.boolean(),
  /** Score of each item by item id (lets the dashboard show which questions were missed). */
  items: z.record(z.string(), ScoreSchema).optional(),
});
export type QuizAttempt = z.infer<typeof QuizAttemptSchema>;

/** A module's main assignment (quiz, simulation, plan) or its short written one. */
export const AssignmentKindSchema = z.enum(ASSIGNMENT_KINDS);
export type AssignmentKind = z.infer<typeof AssignmentKindSchema>;

/**
 * One scored try at a module's assignment, as the quiz, the sandbox (goal scoring), the planner
 * (rubric) or the module page's written assignment (rubric) reports it through recordAssignment().
 */
export const AssignmentResultSchema = z.object({
  kind: AssignmentKindSchema,
  /** 0–1. */
  score: ScoreSchema,
  passed: z.boolean(),
  at: TimestampSchema,
});
export type AssignmentResult = z.infer<typeof AssignmentResultSchema>;

export const ModuleProgressSchema = z.object({
  /** When the learner first reached the end of the module. */
  readAt: TimestampSchema.optional(),
  /**
   * When the module was first complete: its assignment passed — both of them, for a module that
   * also has a written assignment.
   */
  completedAt: TimestampSchema.optional(),
  /** Every quiz attempt, oldest first. */
  quizAttempts: z.array(QuizAttemptSchema).default([]),
  /** Best quiz score so far (never lower than any attempt). */
  quizBest: ScoreSchema.optional(),
  /** When the learner first opened the assignment (sandbox challenge, planner section, quiz). */
  assignmentStartedAt: TimestampSchema.optional(),
  /** Every scored try at the assignment, oldest first. */
  assignmentResults: z.array(AssignmentResultSchema).default([]),
});
export type ModuleProgress = z.infer<typeof ModuleProgressSchema>;

/**
 * The learner's progress: localStorage `col:v1:progress`, and the file "Export progress" writes.
 * Older versions are brought forward by migrate().
 */
export const ProgressSchema = z.object({
  format: z.literal(PROGRESS_FORMAT),
  version: z.literal(PROGRESS_VERSION),
  /** The audience track the learner chose on the progress page. */
  track: TrackSchema.optional(),
  trackChosenAt: TimestampSchema.optional(),
  /** Per module, by "NN-slug". */
  modules: z.record(ModuleIdSchema, ModuleProgressSchema).default({}),
  /** Mentor feedback files the learner loaded. */
  feedback: z.array(FeedbackSchema).default([]),
  /** Last change. */
  updatedAt: TimestampSchema.optional(),
});
export type Progress = z.infer<typeof ProgressSchema>;

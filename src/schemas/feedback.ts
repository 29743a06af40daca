import { z } from "astro/zod";
import {
  CLASS_FEEDBACK_FORMAT,
  CLASS_FEEDBACK_VERSION,
  FEEDBACK_FORMAT,
  FEEDBACK_VERSION,
} from "./formats";

export { CLASS_FEEDBACK_FORMAT, CLASS_FEEDBACK_VERSION, FEEDBACK_FORMAT, FEEDBACK_VERSION };

/** An ISO 8601 date-time with seconds and a zone, as Date.prototype.toISOString writes it. */
export const TimestampSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/, "an ISO date-time")
  .refine((s) => Number.isFinite(Date.parse(s)), "a real date");

/** A module id as files name it: "NN-slug". */
export const ModuleIdSchema = z
  .string()
  .regex(/^\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/, 'a module id, e.g. "04-cold-start"');

/**
 * A mentor's comment on one learner while the gradebook keeps it (localStorage
 * `col:v1:mentor-notes`, src/stores/mentor-notes.ts), before it goes into a feedback file.
 */
export const MentorCommentSchema = z.object({
  text: z.string().max(20_000),
  /** "NN-slug" when the comment is about a module. */
  moduleId: ModuleIdSchema.optional(),
  updatedAt: TimestampSchema,
});
export type MentorComment = z.infer<typeof MentorCommentSchema>;

/**
 * Mentor feedback on a learner's work: exported by the instructor gradebook, loaded by the
 * learner on the progress page (and kept in their progress record).
 */
/** One comment of a mentor's. */
export const FeedbackCommentSchema = z.object({
  /** The module a comment is about; general comments have none. */
  moduleId: ModuleIdSchema.optional(),
  text: z.string().min(1).max(20_000),
  createdAt: TimestampSchema,
});

const FeedbackLearnerSchema = z.object({
  name: z.string().min(1).max(200),
  id: z.string().min(1).max(200).optional(),
});

const FeedbackAssignmentSchema = z.object({
  id: z.string().min(1).max(200),
  title: z.string().min(1).max(500),
});

export const FeedbackSchema = z.object({
  format: z.literal(FEEDBACK_FORMAT),
  version: z.literal(FEEDBACK_VERSION),
  /** Who the feedback is for; the id is the gradebook's, when it has one. */
  learner: FeedbackLearnerSchema,
  /** The assignment the feedback is about, when it is about one. */
  assignment: FeedbackAssignmentSchema.optional(),
  mentor: z.object({ name: z.string().min(1).max(200) }),
  comments: z.array(FeedbackCommentSchema).min(1).max(500),
  createdAt: TimestampSchema,
});
export type Feedback = z.infer<typeof FeedbackSchema>;

/**
 * A mentor's feedback for a whole class on one assignment, as one file: the gradebook exports it,
 * and each learner loads it on their progress page, which keeps only that learner's comments (as
 * a FeedbackSchema record).
 */
export const ClassFeedbackSchema = z.object({
  format: z.literal(CLASS_FEEDBACK_FORMAT),
  version: z.literal(CLASS_FEEDBACK_VERSION),
  assignment: FeedbackAssignmentSchema,
  mentor: z.object({ name: z.string().min(1).max(200) }),
  /** Each learner with comments, once. */
  learners: z
    .array(
      z.object({
        learner: FeedbackLearnerSchema,
        comments: z.array(FeedbackCommentSchema).min(1).max(500),
      }),
    )
    .min(1)
    .max(5000),
  createdAt: TimestampSchema,
});
export type ClassFeedback = z.infer<typeof ClassFeedbackSchema>;

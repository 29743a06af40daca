import { z } from "astro/zod";
import { FEEDBACK_FORMAT } from "./progress-codec";

export { FEEDBACK_FORMAT };
export const FEEDBACK_VERSION = 1;

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
 * Mentor feedback on a learner's work: exported by the instructor gradebook, loaded by the
 * learner on the progress page (and kept in their progress record).
 */
export const FeedbackSchema = z.object({
  format: z.literal(FEEDBACK_FORMAT),
  version: z.literal(FEEDBACK_VERSION),
  /** Who the feedback is for; the id is the gradebook's, when it has one. */
  learner: z.object({
    name: z.string().min(1).max(200),
    id: z.string().min(1).max(200).optional(),
  }),
  /** The assignment the feedback is about, when it is about one. */
  assignment: z
    .object({ id: z.string().min(1).max(200), title: z.string().min(1).max(500) })
    .optional(),
  mentor: z.object({ name: z.string().min(1).max(200) }),
  comments: z
    .array(
      z.object({
        /** The module a comment is about; general comments have none. */
        moduleId: ModuleIdSchema.optional(),
        text: z.string().min(1).max(20_000),
        createdAt: TimestampSchema,
      }),
    )
    .min(1)
    .max(500),
  createdAt: TimestampSchema,
});
export type Feedback = z.infer<typeof FeedbackSchema>;

import { z } from "astro/zod";
import { ModuleIdSchema, TimestampSchema } from "./feedback";
import { PlanSchema } from "./plan";
import { ProgressSchema } from "./progress";
import {
  LEARNER_DATA_FORMAT,
  LEARNER_DATA_VERSION,
  PLANS_FORMAT,
  PLANS_VERSION,
  WRITTEN_FORMAT,
  WRITTEN_VERSION,
} from "./formats";
import { SandboxSavedSchema } from "./sandbox";

/** The learner's plans as stored (localStorage `col:v1:plans`). */
export const StoredPlansSchema = z.object({
  format: z.literal(PLANS_FORMAT),
  version: z.literal(PLANS_VERSION),
  plans: z.array(PlanSchema),
  /** The plan open in the planner. */
  activeId: z.string().nullable(),
});
export type StoredPlans = z.infer<typeof StoredPlansSchema>;

/** The learner's written assignments as stored (localStorage `col:v1:written`). */
export const StoredWrittenSchema = z.object({
  format: z.literal(WRITTEN_FORMAT),
  version: z.literal(WRITTEN_VERSION),
  /** By module id; each answer's fields are checked by the plan's own field rules on import. */
  answers: z.record(
    ModuleIdSchema,
    z.object({ fields: z.record(z.string(), z.unknown()), updatedAt: TimestampSchema }),
  ),
});
export type StoredWritten = z.infer<typeof StoredWrittenSchema>;

/**
 * Everything a learner keeps in this browser, as the progress page exports it: one file that
 * carries them to another browser or to an instructor. Each part is the store's own stored shape;
 * the import reads each part with that store's reader, so one unreadable part (or plan) does not
 * stop the rest, and the learner chooses which parts to bring in. The progress part alone is what
 * the certificate checker needs; a progress file on its own (the format before this one) is read
 * too.
 */
export const LearnerDataSchema = z.object({
  format: z.literal(LEARNER_DATA_FORMAT),
  version: z.literal(LEARNER_DATA_VERSION),
  exportedAt: TimestampSchema,
  progress: ProgressSchema,
  plans: StoredPlansSchema,
  written: StoredWrittenSchema,
  /** The growth sandbox as the learner left it: the run being built, a challenge, the pinned run; null when never used. */
  sandbox: SandboxSavedSchema.nullable(),
});
export type LearnerData = z.infer<typeof LearnerDataSchema>;

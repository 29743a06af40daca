import { z } from "astro/zod";
import { AssignmentSchema, IsoDateTimeSchema } from "./assignment";

export const GRADEBOOK_CLASS_FORMAT = "community-ops-lab/gradebook-class";
export const GRADEBOOK_CLASS_VERSION = 1;

/** Why the gradebook did not read a file (src/grading/gradebook/file-result.ts, FileReasonCode). */
export const UnreadReasonSchema = z.object({
  code: z.enum(["too-large", "batch-cap", "read-failed", "bad-assignment", "extra-assignment"]),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

/** One file given to a class's gradebook, as kept in the browser. */
export const ClassFileSchema = z.object({
  /** Unique within the class, in the order files were loaded. */
  key: z.number().int().positive(),
  /** The file's name as chosen. */
  file: z.string().max(1000),
  /** The file's text, verified again each time the class opens; null when it was not read. */
  text: z.string().nullable(),
  /** Why it was not read, when it was not. */
  unread: UnreadReasonSchema.optional(),
  /** When the file reached the instructor, by the instructor's own record; null when unknown. */
  receivedAt: IsoDateTimeSchema.nullable(),
  /** When it was loaded into the gradebook. */
  loadedAt: IsoDateTimeSchema,
});
export type ClassFile = z.infer<typeof ClassFileSchema>;

/**
 * A class's gradebook as kept in this browser (IndexedDB, src/stores/gradebook.ts): the official
 * assignment, every file given, and which verified attempt counts. Statuses are not stored: they
 * come from verifying the files again with this build.
 */
export const GradebookClassSchema = z.object({
  format: z.literal(GRADEBOOK_CLASS_FORMAT),
  version: z.literal(GRADEBOOK_CLASS_VERSION),
  assignment: AssignmentSchema,
  countRule: z.enum(["best", "latest"]).default("best"),
  files: z.array(ClassFileSchema).max(20_000),
  updatedAt: IsoDateTimeSchema,
});
export type GradebookClass = z.infer<typeof GradebookClassSchema>;

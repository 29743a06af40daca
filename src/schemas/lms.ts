import { z } from "astro/zod";
import { LangSchema, LocalizedSchema, SlugSchema } from "./common";
import { ModuleIdSchema } from "./feedback";
import { AssignmentKindSchema } from "./progress";
import { AssignmentSchema } from "./assignment";
import { LMS_CONFIG_FORMAT, LMS_CONFIG_VERSION } from "./formats";

export { LMS_CONFIG_FORMAT, LMS_CONFIG_VERSION };

/** The three packages `npm run package` writes (README, "The course in an LMS"). */
export const LMS_STANDARDS = ["scorm12", "scorm2004", "cmi5"] as const;
export const LmsStandardSchema = z.enum(LMS_STANDARDS);
export type LmsStandard = z.infer<typeof LmsStandardSchema>;

/**
 * What a learner is graded on in one module: the module's quiz (its best attempt), and each of
 * its assignments other than a quiz (the quiz of a quiz-kind module is the quiz itself).
 */
export const GradedItemSchema = z.enum(["quiz", "simulation", "plan", "written"]);
export type GradedItem = z.infer<typeof GradedItemSchema>;

/** A module as a package sees it: what it grades and what completes it. */
export const PackageModuleSchema = z.object({
  id: ModuleIdSchema,
  title: LocalizedSchema,
  /** The module's assignments; the module is complete once a result of each has passed. */
  requires: z.array(AssignmentKindSchema).min(1),
  /** What its score is the mean of (with every other covered module's). */
  items: z.array(GradedItemSchema).min(1),
});
export type PackageModule = z.infer<typeof PackageModuleSchema>;

/** What a package covers: the whole course, one module, or one instructor's assignment. */
export const PackageScopeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("course") }),
  z.object({ kind: z.literal("module"), module: ModuleIdSchema }),
  z.object({ kind: z.literal("assignment"), assignment: AssignmentSchema }),
]);
export type PackageScope = z.infer<typeof PackageScopeSchema>;

/** Resume points are paths inside the package: a page of the site in one of its languages. */
export const PackagePathSchema = z
  .string()
  .max(250)
  .regex(/^(zh-cn|en)\/([a-z0-9-]+\/)*index\.html$/, "a page of the course inside the package");

/** The words the launch page shows, in one language (keys `lms.*` of src/i18n). */
export const LaunchStringsSchema = z.record(z.string(), z.string());

/**
 * What the package's launch page knows about the package it opens: written into index.html at
 * packaging time (scripts/package.ts) and read by src/lms/launch.ts.
 */
export const LmsConfigSchema = z.object({
  format: z.literal(LMS_CONFIG_FORMAT),
  version: z.literal(LMS_CONFIG_VERSION),
  standard: LmsStandardSchema,
  /** The package's identifier in its manifest (and cmi5's course and AU ids are built on it). */
  id: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/),
  title: LocalizedSchema,
  /** The language opened when the LMS states no preference. */
  lang: LangSchema,
  /** Score (0–1) that passes the package when the LMS gives none (the manifest's). */
  mastery: z.number().min(0).max(1),
  scope: PackageScopeSchema,
  /** The modules it covers, with what each grades; empty for an assignment. */
  modules: z.array(PackageModuleSchema),
  /** Where the package opens in each language. */
  start: z.object({ "zh-cn": z.string().min(1), en: z.string().min(1) }),
  strings: z.object({ "zh-cn": LaunchStringsSchema, en: LaunchStringsSchema }),
});
export type LmsConfig = z.infer<typeof LmsConfigSchema>;

/** Epoch seconds: what suspend data keeps of a time (enough to restore a result once). */
const EpochSecondsSchema = z
  .number()
  .int()
  .min(1_500_000_000)
  .max(36 ** 6 - 1);

/** The best result of one graded thing: its score 0–1 (four decimals), whether it passed, when. */
export const SuspendResultSchema = z.object({
  score: z.number().min(0).max(1),
  passed: z.boolean(),
  at: EpochSecondsSchema,
});
export type SuspendResult = z.infer<typeof SuspendResultSchema>;

/** What suspend data keeps of a module's results: the quiz's attempts and each assignment's. */
export const SuspendItemSchema = z.enum(["attempt", "quiz", "simulation", "plan", "written"]);
export type SuspendItem = z.infer<typeof SuspendItemSchema>;

export const SuspendModuleSchema = z.object({
  /** The learner reached the end of the module. */
  read: z.boolean(),
  /**
   * Best results: `attempt` is the module's quiz (every attempt), the others its assignments
   * by kind (`quiz` being a quiz-kind module's assignment result).
   */
  results: z.record(SuspendItemSchema, SuspendResultSchema),
});
export type SuspendModule = z.infer<typeof SuspendModuleSchema>;

/** An instructor's simulation assignment: its best submission and that run's hash. */
export const SuspendAssignmentSchema = SuspendResultSchema.extend({
  hash: z.string().regex(/^[0-9a-f]{16}$/),
});
export type SuspendAssignment = z.infer<typeof SuspendAssignmentSchema>;

/**
 * The learner's progress as the LMS keeps it for a package (SCORM's suspend data, cmi5's state):
 * what was earned inside the package, module by module, and the assignment's best submission.
 * src/lms/suspend.ts writes it in a compact text that fits SCORM 1.2's 4,096 characters.
 */
export const SuspendDataSchema = z.object({
  version: z.literal(1),
  savedAt: EpochSecondsSchema,
  modules: z.record(ModuleIdSchema, SuspendModuleSchema),
  assignments: z.record(SlugSchema, SuspendAssignmentSchema),
});
export type SuspendData = z.infer<typeof SuspendDataSchema>;

/**
 * A cmi5 package's state document (stateId "community-ops-lab.progress"): the suspend data and
 * resume point, and which once-per-registration statements have been sent.
 */
export const Cmi5StateSchema = z.object({
  suspend: z.string().max(64_000),
  location: z.string().max(1000),
  sent: z.object({ completed: z.boolean().optional(), passed: z.boolean().optional() }),
});
export type Cmi5State = z.infer<typeof Cmi5StateSchema>;

import { z } from "astro/zod";
import { LocalizedSchema, SlugSchema } from "./common";
import { CHECK_IDS, isCheckId } from "../grading/checks";

/**
 * The levels every criterion is judged on, best first, with the share of the criterion's weight
 * each earns. An auto-checked criterion gets the best level whose share its check's ratio reaches;
 * a self-assessed one gets the level the learner picks. Labels: i18n `rubric.level.<id>`.
 */
export const LEVELS = [
  { id: "excellent", score: 1 },
  { id: "good", score: 0.5 },
  { id: "needs-work", score: 0 },
] as const;
export type LevelId = (typeof LEVELS)[number]["id"];
export const LevelIdSchema = z.enum(["excellent", "good", "needs-work"]);

/** "NN-slug" of a module in content/modules. */
export const ModuleIdSchema = z
  .string()
  .regex(/^\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/, 'a module id is "NN-slug", e.g. "05-content"');

const CriterionBase = {
  title: LocalizedSchema,
  /** Relative weight within the rubric. */
  weight: z.number().positive(),
  /** The module that teaches it; the score panel links there. */
  module: ModuleIdSchema,
  /** What to do to improve, shown while the criterion is below excellent. */
  feedback: LocalizedSchema,
};

export const AutoCriterionSchema = z.object({
  ...CriterionBase,
  kind: z.literal("auto"),
  /** Id of a predicate in src/grading/checks.ts. */
  check: z.string().min(1),
  /** What each level means; optional, since the check's own messages say what is missing. */
  descriptors: z.record(LevelIdSchema, LocalizedSchema).default({}),
});

export const SelfCriterionSchema = z.object({
  ...CriterionBase,
  kind: z.literal("self"),
  /** The plan field (dotted path) the learner should reread; the panel jumps there. */
  field: z.string().min(1),
  /** What each level looks like; the learner picks one against them. All three are required. */
  descriptors: z.object({
    excellent: LocalizedSchema,
    good: LocalizedSchema,
    "needs-work": LocalizedSchema,
  }),
});

export const CriterionSchema = z.discriminatedUnion("kind", [
  AutoCriterionSchema,
  SelfCriterionSchema,
]);
export type Criterion = z.infer<typeof CriterionSchema>;

/**
 * content/rubrics/<id>.yaml. The file name is the rubric id that module frontmatter references
 * (`assignment: { kind: plan, rubric: content }`). Criteria are keyed by id, so every validation
 * message names the criterion it is about.
 */
export const RubricSchema = z
  .object({
    title: LocalizedSchema,
    /** What the rubric judges, one or two sentences. */
    summary: LocalizedSchema,
    /** The module whose assignment uses it ("14-capstone" for the whole plan). */
    module: ModuleIdSchema,
    /** Pass mark, 0–1, when the module assignment does not set its own. */
    passMark: z.number().min(0).max(1).default(0.7),
    criteria: z.record(SlugSchema, CriterionSchema),
  })
  .superRefine((rubric, ctx) => {
    const entries = Object.entries(rubric.criteria);
    if (entries.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["criteria"],
        message: "a rubric needs at least one criterion",
      });
    }
    for (const [id, criterion] of entries) {
      if (criterion.kind === "auto" && !isCheckId(criterion.check)) {
        ctx.addIssue({
          code: "custom",
          path: ["criteria", id, "check"],
          message: `criterion "${id}" uses the unknown check "${criterion.check}"; known checks: ${CHECK_IDS.join(", ")}`,
        });
      }
    }
  });
export type Rubric = z.infer<typeof RubricSchema>;

import { z } from "astro/zod";
import { LocalizedSchema, SlugSchema } from "./common";
import { PlanExcerptSchema } from "./example-plan";
import { GOALS } from "./plan-options";

export { LEVELS, type LevelId } from "./levels";
export const LevelIdSchema = z.enum(["excellent", "good", "needs-work"]);

/** "NN-slug" of a module in content/modules. */
export const ModuleIdSchema = z
  .string()
  .regex(/^\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/, 'a module id is "NN-slug", e.g. "05-content"');

/**
 * When a criterion does not apply to a community: its goal is one of `goals`, or its team (as the
 * plan lists it, with at least one member's hours entered) works fewer than `teamHoursBelow`
 * hours a week. A criterion that does not apply leaves the score's denominator; `reason` is
 * shown instead of a level.
 */
export const NotApplicableSchema = z
  .object({
    goals: z.array(z.enum(GOALS)).min(1).optional(),
    teamHoursBelow: z.number().positive().optional(),
    reason: LocalizedSchema,
  })
  .refine((rule) => rule.goals !== undefined || rule.teamHoursBelow !== undefined, {
    message: "a not-applicable rule names goals, teamHoursBelow or both",
  });
export type NotApplicable = z.infer<typeof NotApplicableSchema>;

const CriterionBase = {
  title: LocalizedSchema,
  /** Relative weight within the rubric. */
  weight: z.number().positive(),
  /** The module that teaches it; the score panel links there. */
  module: ModuleIdSchema,
  /** What to do to improve, shown while the criterion is below excellent. */
  feedback: LocalizedSchema,
  /** Communities the criterion does not fit (a company's standard in a volunteer group). */
  notApplicable: z.array(NotApplicableSchema).default([]),
};

export const AutoCriterionSchema = z.object({
  ...CriterionBase,
  kind: z.literal("auto"),
  /**
   * Id of a predicate in src/grading/checks.ts (grading checks that it exists:
   * CheckedRubricSchema in src/grading/rubric-schema.ts).
   */
  check: z.string().min(1),
  /** What each level means; optional, since the check's own messages say what is missing. */
  descriptors: z.record(LevelIdSchema, LocalizedSchema).default({}),
  /**
   * A standard no plan passes without: while its check is not met in full, the plan's score is
   * held at this share, whatever its other marks (a plan its team cannot carry out is not a
   * passing plan). Set below the pass mark.
   */
  capsScoreAt: z.number().min(0).max(1).optional(),
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

/** How an exemplar answer is marked on one criterion, and why. */
export const ExemplarMarkSchema = z.object({
  level: LevelIdSchema,
  note: LocalizedSchema,
});

/**
 * An annotated example answer: the part of a plan it shows (texts in both languages, as in
 * content/plans), and its level on criteria with a note saying why. Learners calibrate their
 * self-assessment against a strong and a weak one; a unit test holds the marks of auto-checked
 * criteria to what the checks say of the excerpt.
 */
export const ExemplarSchema = z.object({
  /** Who wrote it, for which community, in a sentence. */
  summary: LocalizedSchema,
  plan: PlanExcerptSchema,
  marks: z.record(SlugSchema, ExemplarMarkSchema),
});
export type Exemplar = z.infer<typeof ExemplarSchema>;

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
    /**
     * `plan`: the planner offers it; `written`: it checks a module's short written assignment
     * (module frontmatter `written.rubric`) and only the module page uses it.
     */
    use: z.enum(["plan", "written"]).default("plan"),
    criteria: z.record(SlugSchema, CriterionSchema),
    /** A strong and a weak answer, marked: every self-assessed criterion at least. */
    exemplars: z.object({ strong: ExemplarSchema, weak: ExemplarSchema }),
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
    for (const kind of ["strong", "weak"] as const) {
      const marks = rubric.exemplars[kind].marks;
      for (const id of Object.keys(marks)) {
        if (!Object.hasOwn(rubric.criteria, id)) {
          ctx.addIssue({
            code: "custom",
            path: ["exemplars", kind, "marks", id],
            message: `the ${kind} exemplar marks "${id}", which is not a criterion of this rubric`,
          });
        }
      }
      for (const [id, criterion] of entries) {
        const wanted = criterion.kind === "self" || rubric.use === "written";
        if (wanted && !Object.hasOwn(marks, id)) {
          ctx.addIssue({
            code: "custom",
            path: ["exemplars", kind, "marks"],
            message: `the ${kind} exemplar must mark "${id}"${criterion.kind === "self" ? " (self-assessed: learners calibrate against it)" : " (a written assignment's exemplars mark every criterion)"}`,
          });
        }
      }
    }
    for (const [id, criterion] of entries) {
      if (
        criterion.kind === "auto" &&
        criterion.capsScoreAt !== undefined &&
        criterion.capsScoreAt >= rubric.passMark
      ) {
        ctx.addIssue({
          code: "custom",
          path: ["criteria", id, "capsScoreAt"],
          message: `criterion "${id}" caps the score at ${criterion.capsScoreAt}, which is not below the pass mark ${rubric.passMark}: a plan that fails it would still pass`,
        });
      }
    }
  });
export type Rubric = z.infer<typeof RubricSchema>;

import { z } from "astro/zod";
import { AssignmentSchema } from "./assignment";
import { SlugSchema } from "./common";
import { LeverValuesSchema, ScenarioGoalSchema } from "./scenario";

/**
 * What sandbox links carry (src/lib/share-link.ts builds and reads them). The sandbox page reads
 * links with the zod-free readers of src/lib/light/share.ts, which a unit test keeps in step
 * with these schemas.
 */

const WeeksSchema = z.number().int().min(8).max(104);

/** A decision in a link: a whole week within the run, known levers with valid values. */
export const ShareDecisionSchema = z.object({
  week: z.number().int().min(0).max(104),
  set: LeverValuesSchema,
});

const decisionsWithinWeeks = <T extends { weeks: number; decisions: { week: number }[] }>(r: T) =>
  r.decisions.every((d) => d.week <= r.weeks);

/**
 * Where a run link was made: a module's compact sandbox (the module's slug) or a plan in the
 * planner (its name, if it has one, shown as text). The sandbox names a module from its own course list, so a
 * slug it does not know reads as a plain shared run.
 */
export const RunOriginSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("module"), module: SlugSchema }).strict(),
  z
    .object({ kind: z.literal("plan"), name: z.string().trim().min(1).max(200).optional() })
    .strict(),
]);
export type RunOriginParsed = z.infer<typeof RunOriginSchema>;

/** `#run=`: a run to reproduce, with optional goals (the planner's KPIs) and a title. */
export const SharePayloadSchema = z
  .object({
    /** Link format version. */
    v: z.literal(1),
    /** The simulation model the sender ran; absent in links made before it was carried. */
    modelVersion: z.string().min(1).max(100).optional(),
    /** Scenario id. */
    scenario: SlugSchema,
    seed: z.number().int().nonnegative().max(2147483646),
    weeks: WeeksSchema,
    /** The run's decisions, an assignment's locks (week 0) included. */
    decisions: z.array(ShareDecisionSchema).max(1000),
    /** Goals shown as the checklist (the planner's KPIs). */
    goals: z.array(ScenarioGoalSchema).max(20).optional(),
    /** A title shown above the run (the plan's name). */
    label: z.string().trim().min(1).max(200).optional(),
    /**
     * Where the link was made. Only ever a claim about where a learner came from: one that does
     * not read as an origin is dropped, and the run opens as a plain shared run.
     */
    origin: RunOriginSchema.optional().catch(undefined),
  })
  .strict()
  .refine(decisionsWithinWeeks, {
    message: "a decision's week must fall within the run",
    path: ["decisions"],
  });
export type SharePayloadParsed = z.infer<typeof SharePayloadSchema>;

/** `#review=`: a submission's run and learner, opened read-only (the gradebook's "open this run"). */
export const ReviewPayloadSchema = z
  .object({
    v: z.literal(1),
    learner: z.object({
      name: z.string().trim().min(1).max(200),
      id: z.string().trim().min(1).max(200).optional(),
    }),
    /** The submission's run as submitted (its decisions hold the assignment's locks). */
    run: z
      .object({
        modelVersion: z.string().min(1),
        scenario: SlugSchema,
        seed: z.number().int().nonnegative(),
        weeks: WeeksSchema,
        decisions: z.array(ShareDecisionSchema).max(1000),
      })
      .refine(decisionsWithinWeeks, {
        message: "a decision's week must fall within the run",
        path: ["decisions"],
      }),
    /** The assignment the run answered: its goals and locks are shown. */
    assignment: AssignmentSchema.optional(),
  })
  .strict();
export type ReviewPayloadParsed = z.infer<typeof ReviewPayloadSchema>;

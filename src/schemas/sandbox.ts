import { z } from "astro/zod";
import { AssignmentSchema } from "./assignment";
import { SlugSchema } from "./common";
import { ScenarioGoalSchema } from "./scenario";
import { ShareDecisionSchema } from "./share";

import { SANDBOX_FORMAT, SANDBOX_VERSION } from "./formats";

export { SANDBOX_FORMAT, SANDBOX_VERSION };

/** A run being built in the sandbox: scenario, seed, length, the learner's decisions and how far it has run. */
export const SandboxRunSchema = z
  .object({
    scenario: SlugSchema,
    seed: z.number().int().nonnegative(),
    weeks: z.number().int().min(8).max(104),
    /** The learner's decisions; an assignment's locked levers are not among them. */
    decisions: z.array(ShareDecisionSchema).max(1000),
    /** Weeks run so far. */
    week: z.number().int().min(0).max(104),
  })
  .refine((r) => r.week <= r.weeks && r.decisions.every((d) => d.week <= r.weeks), {
    message: "weeks run and decision weeks must fall within the run",
  });
export type SandboxRun = z.infer<typeof SandboxRunSchema>;

/** What the sandbox is working on: a free run, a run opened from a link, or a challenge. */
export const SandboxWorkSchema = z.object({
  run: SandboxRunSchema,
  /** Goals from a "Run this plan" link; absent: the scenario's or the assignment's goals. */
  goals: z.array(ScenarioGoalSchema).max(20).optional(),
  /** A title from a link (the plan's name). */
  label: z.string().max(200).optional(),
  /** The challenge being worked on, if any. */
  assignment: AssignmentSchema.optional(),
});
export type SandboxWork = z.infer<typeof SandboxWorkSchema>;

/**
 * localStorage `col:v1:sandbox`: the sandbox as the learner left it. The page reads it with
 * readSandboxSaved (src/lib/light/share.ts, zod-free), which a unit test keeps in step with this.
 */
export const SandboxSavedSchema = z.object({
  format: z.literal(SANDBOX_FORMAT),
  version: z.literal(SANDBOX_VERSION),
  current: SandboxWorkSchema,
  /** What the learner had before a link replaced it, to restore. */
  previous: SandboxWorkSchema.optional(),
  /** Run A of a comparison: full decisions (with any locks) so it replays on its own. */
  pinned: z
    .object({
      scenario: SlugSchema,
      seed: z.number().int().nonnegative(),
      weeks: z.number().int().min(8).max(104),
      decisions: z.array(ShareDecisionSchema).max(1100),
      week: z.number().int().min(0).max(104),
    })
    .optional(),
  /** Asked once for submissions, then remembered. */
  learner: z
    .object({
      name: z.string().trim().min(1).max(200),
      id: z.string().trim().min(1).max(200).optional(),
    })
    .optional(),
  /** Monte Carlo seeds to run. */
  mcRuns: z.number().int().min(50).max(500).default(200),
  /** The metric the sensitivity analysis measures. */
  metric: z.string().min(1).max(40).default("members"),
});
export type SandboxSaved = z.infer<typeof SandboxSavedSchema>;

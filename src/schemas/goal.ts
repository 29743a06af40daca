import { z } from "astro/zod";

/**
 * One goal of a simulation challenge: a metric compared with a value, optionally by a week. In a
 * file of its own so that the sandbox, which needs goals, does not bundle the module schema.
 */
export const GoalSchema = z.object({
  /** A metric name from the engine's weekly outputs, e.g. "members", "stickiness". */
  metric: z.string().min(1),
  op: z.enum([">=", "<="]),
  value: z.number(),
  /** The week by which the goal must hold; the last week when absent. */
  byWeek: z.number().int().positive().optional(),
});
export type Goal = z.infer<typeof GoalSchema>;

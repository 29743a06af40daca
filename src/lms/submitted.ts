/**
 * Reads the sandbox's submission event (src/lib/submitted-event.ts) as it reaches the launch page
 * from the frame: checked, since the frame is another window.
 */
import { z } from "astro/zod";
import { SlugSchema } from "../schemas/common";
import { SUBMITTED_EVENT, type Submitted } from "../lib/submitted-event";

export { SUBMITTED_EVENT };

const SubmittedSchema = z.object({
  id: SlugSchema,
  title: z.string().max(500),
  score: z.number().min(0).max(1),
  passed: z.boolean(),
  hash: z.string().regex(/^[0-9a-f]{16}$/),
});

export function readSubmitted(event: Event): Submitted | null {
  const parsed = SubmittedSchema.safeParse((event as CustomEvent<unknown>).detail);
  return parsed.success ? parsed.data : null;
}

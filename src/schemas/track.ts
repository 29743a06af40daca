import { z } from "astro/zod";
import { LocalizedSchema, TrackSchema } from "./common";

/** One entry of content/tracks.yaml: an audience track of seed 004 and its path through the course. */
export const TrackInfoSchema = z.object({
  id: TrackSchema,
  name: LocalizedSchema,
  /** Who this is and what they need, in a sentence or two. */
  who: LocalizedSchema,
  /** What the path emphasises. */
  focus: LocalizedSchema,
  /** Module numbers in the suggested order; starts with 0 and ends with 14. */
  path: z.array(z.number().int().min(0)).min(2),
  /** Module numbers that must be completed for this track's certificate. */
  required: z.array(z.number().int().min(0)).min(1),
});
export type TrackInfo = z.infer<typeof TrackInfoSchema>;

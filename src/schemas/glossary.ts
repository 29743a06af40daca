import { z } from "astro/zod";
import { LocalizedSchema, SlugSchema } from "./common";

/** One entry of content/glossary.yaml. */
export const GlossaryEntrySchema = z.object({
  /** Stable id used in links (#id on the glossary page). */
  id: SlugSchema,
  term: LocalizedSchema,
  definition: LocalizedSchema,
  /** Number of the module that teaches the term. */
  module: z.number().int().min(0),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

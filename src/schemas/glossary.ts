import { z } from "astro/zod";
import { LocalizedSchema, SlugSchema } from "./common";

/** One entry of content/glossary.yaml. */
export const GlossaryEntrySchema = z.object({
  /** Stable id used in links (#id on the glossary page). */
  id: SlugSchema,
  term: LocalizedSchema,
  definition: LocalizedSchema,
  /**
   * Other names learners use for the term, per language (a synonym, an English word Chinese
   * speakers type, a spelling): shown with the entry and found by search.
   */
  aliases: z
    .object({
      "zh-cn": z.array(z.string().trim().min(1).max(60)).max(8).default([]),
      en: z.array(z.string().trim().min(1).max(60)).max(8).default([]),
    })
    .default({}),
  /** Number of the module that teaches the term. */
  module: z.number().int().min(0),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

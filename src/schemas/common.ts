import { z } from "astro/zod";

export const LANGS = ["zh-cn", "en"] as const;
export const LangSchema = z.enum(LANGS);
export type Lang = z.infer<typeof LangSchema>;

/** The four audience tracks of seed 004. */
export const TRACKS = ["manager", "newcomer", "founder", "offline"] as const;
export const TrackSchema = z.enum(TRACKS);
export type Track = z.infer<typeof TrackSchema>;

/** A string given in both languages. */
export const LocalizedSchema = z.object({
  "zh-cn": z.string().min(1),
  en: z.string().min(1),
});
export type Localized = z.infer<typeof LocalizedSchema>;

/** Lowercase words joined by hyphens, used in URLs and ids. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lowercase words joined by hyphens");

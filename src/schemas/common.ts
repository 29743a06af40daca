import { z } from "astro/zod";
import { LANGS, TRACKS, type Lang, type Track } from "../vocabulary/course";

export { LANGS, TRACKS, type Lang, type Track };
export const LangSchema = z.enum(LANGS);

/** The four audience tracks of seed 004. */
export const TrackSchema = z.enum(TRACKS);

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

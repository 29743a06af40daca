import { z } from "astro/zod";
import { SlugSchema } from "./common";

/** Frontmatter of content/cases/<lang>/<scenario-id>.mdx: a case community's profile page. */
export const CaseSchema = z.object({
  /** The scenario id the community matches in the sandbox. */
  id: SlugSchema,
  name: z.string().min(1),
  platform: z.enum(["wechat", "discord", "zsxq", "xiaohongshu"]),
  type: z.enum(["geographic", "interest", "professional", "brand"]),
  /** One line under the name. */
  tagline: z.string().min(1),
  /** Who runs it. */
  runBy: z.string().min(1),
  /** A short, illustrative size, e.g. "about 320 across 2 groups". */
  members: z.string().min(1),
  /** Numbers of the modules it appears in. */
  modules: z.array(z.number().int().min(0)).default([]),
});
export type Case = z.infer<typeof CaseSchema>;

import { z } from "astro/zod";
import { COMMUNITY_TYPES, PLATFORMS } from "../vocabulary/community";

/** The five case communities that have a profile page; `rescue-tidelight` is a chapter of `discord-indie-game`. */
export const CASE_IDS = [
  "wechat-parents",
  "discord-indie-game",
  "zsxq-ux-circle",
  "xhs-beauty-creator",
  "coffee-members",
] as const;

/** Frontmatter of content/cases/<lang>/<scenario-id>.mdx: one case community's profile in one language. */
export const CaseSchema = z.object({
  /** The sandbox scenario id; the same in both languages and equal to the file name. */
  id: z.enum(CASE_IDS),
  /** The community's name in this language, e.g. "梧桐区家长互助群". */
  name: z.string().min(1),
  /** The platform its sandbox scenario models; a profile that spans two platforms explains both in its body. */
  platform: z.enum(PLATFORMS),
  /** Its primary bond (module 1); hybrids name the bond that holds it together first. */
  type: z.enum(COMMUNITY_TYPES),
  /** One sentence for cards and the page header. */
  tagline: z.string().min(1),
  /** Who runs it, with their resources, e.g. "林姐（志愿者，每周约 15 小时）". */
  runBy: z.string().min(1),
  /** A short, illustrative size figure, e.g. "约 320 人 · 2 个群". */
  members: z.string().min(1),
  /** Numbers of the modules in which it appears, in course order. */
  modules: z.array(z.number().int().min(0).max(99)).default([]),
});
export type CaseProfile = z.infer<typeof CaseSchema>;

import { z } from "astro/zod";
import { LocalizedSchema, SlugSchema } from "./common";

/** Where a rule applies: a platform, or the law every group in mainland China is under. */
export const RULE_PLATFORMS = [
  "wechat",
  "wecom",
  "qq",
  "discord",
  "zsxq",
  "xiaohongshu",
  "law",
] as const;
export type RulePlatform = (typeof RULE_PLATFORMS)[number];

/** What kind of rule a row states; the reference page groups rows by platform, then by these. */
export const RULE_CATEGORIES = [
  "limits",
  "quotas",
  "moderation",
  "risk",
  "fees",
  "refunds",
  "content",
  "responsibility",
] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

/**
 * How far the course could check a row. `official`: read in the platform's or regulator's own
 * text, named in `source`. `unconfirmed`: only secondary sources (a book, third-party guides,
 * developer libraries) say so, and they may be out of date or disagree. `rule-of-thumb`: a
 * practitioner's habit, not a platform rule at all. Only `official` rows may be stated as fact.
 */
export const RULE_STATUSES = ["official", "unconfirmed", "rule-of-thumb"] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

/** A date written YYYY-MM-DD. */
const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "write the date as YYYY-MM-DD, e.g. 2026-12-07")
  .refine((s) => !Number.isNaN(Date.parse(s)), "not a real date");

/** One row of content/platform-rules.yaml: one rule of one platform, with where it comes from. */
export const PlatformRuleSchema = z.object({
  /** Anchor on the reference page (#id) and what `<Rule id>` in a module names. */
  id: SlugSchema,
  platform: z.enum(RULE_PLATFORMS),
  category: z.enum(RULE_CATEGORIES),
  /** A few words naming the rule, e.g. "群人数上限" / "Group size cap". */
  topic: LocalizedSchema,
  /** The short figure or answer a module sentence can carry inline, e.g. "500 人" / "500 members". */
  value: LocalizedSchema,
  /** The rule in one to three sentences, with the caveats that matter in practice. */
  detail: LocalizedSchema,
  status: z.enum(RULE_STATUSES),
  /** The platform help page or regulation by title; for unconfirmed rows the secondary sources. */
  source: LocalizedSchema,
  /** The day the course last reviewed the row against its source. */
  checked: IsoDateSchema,
  /** Module numbers whose text relies on the row; each of them links to it. */
  modules: z.array(z.number().int().min(0).max(99)).default([]),
});
export type PlatformRule = z.infer<typeof PlatformRuleSchema>;

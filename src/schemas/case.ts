import { z } from "astro/zod";
import { LocalizedSchema, SlugSchema } from "./common";
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
  /** Who runs it, e.g. "林姐（志愿者）"; hours, money and size come from content/case-figures.yaml. */
  runBy: z.string().min(1),
  /** Numbers of the modules in which it appears, in course order. */
  modules: z.array(z.number().int().min(0).max(99)).default([]),
});
export type CaseProfile = z.infer<typeof CaseSchema>;

/** A figure: one number, or a range written low first, e.g. [320, 360]. */
export const FigureSchema = z
  .union([z.number().nonnegative(), z.tuple([z.number().nonnegative(), z.number().nonnegative()])])
  .refine((v) => typeof v === "number" || v[0] <= v[1], "write a range low first, e.g. [320, 360]");
export type Figure = z.infer<typeof FigureSchema>;

/** Currencies a case community counts its money in. */
export const CURRENCIES = ["CNY", "USD"] as const;

/** What a price buys. */
export const PRICE_UNITS = ["year", "quarter", "seat"] as const;

/** Something members pay for. */
export const CasePriceSchema = z.object({
  /** `fee` is the price of joining, which the sandbox charges every new member (`economics.entryFee`). */
  id: SlugSchema,
  label: LocalizedSchema,
  amount: z.number().positive(),
  per: z.enum(PRICE_UNITS),
  /** Seats sold in a year, for a `seat` price (a bootcamp's cohorts together). */
  seatsPerYear: z.number().int().positive().optional(),
  note: LocalizedSchema.optional(),
});
export type CasePrice = z.infer<typeof CasePriceSchema>;

/**
 * Where a row of the timeline is in the sandbox: a graded challenge (a module's simulation
 * assignment, e.g. "module-09-monetization", or a scenario's own goals, "scenario-<id>") at a week.
 * Week 0 is the scenario's starting state. `run` says which stored strategy of
 * content/solutions/<challenge>.json the row describes: the reference solution, or the scenario
 * left on its defaults ("if nothing changes").
 */
export const SandboxPointSchema = z.object({
  challenge: z.string().min(1),
  week: z.number().int().min(0),
  run: z.enum(["reference", "defaults"]).default("reference"),
});

/** One row of a case's timeline: the community at one moment. */
export const CaseStageSchema = z.object({
  label: LocalizedSchema,
  members: FigureSchema,
  /** Chat groups (or servers, circles) the members are spread over. */
  groups: z.number().int().positive().optional(),
  /** Weekly active members. */
  wau: FigureSchema.optional(),
  /** New members in an ordinary month from here on, without paid ads. */
  joinsPerMonth: FigureSchema.optional(),
  /** Revenue from the start of the sandbox year to this moment. */
  revenue: FigureSchema.optional(),
  note: LocalizedSchema.optional(),
  sandbox: SandboxPointSchema.optional(),
  /** The row the case's cards and header show: the community as the course mostly meets it. */
  current: z.boolean().default(false),
});
export type CaseStage = z.infer<typeof CaseStageSchema>;

/**
 * One entry of content/case-figures.yaml: the one set of numbers a case community has, in both
 * languages at once. Case pages render their figure tables from it; a content test holds the
 * sandbox scenarios, the module assignments' goals and the example plans to it.
 */
export const CaseFiguresSchema = z
  .object({
    id: z.enum(CASE_IDS),
    currency: z.enum(CURRENCIES),
    team: z.object({
      people: z.number().int().positive(),
      /** Hours a week the whole team gives the community: the sandbox's `budget.hoursPerWeek`. */
      hoursPerWeek: z.number().positive(),
      note: LocalizedSchema.optional(),
    }),
    /** Money a week for ads and rewards: the sandbox's `budget.moneyPerWeek`. */
    budgetPerWeek: z.number().nonnegative(),
    budgetNote: LocalizedSchema.optional(),
    /** What one paid join costs when the budget goes on ads: the sandbox's `economics.cac`. */
    cac: z.number().positive().optional(),
    /** What members pay for; none means the community is free to join. */
    prices: z.array(CasePriceSchema).default([]),
    /** Figures that belong to this case alone (followers, rules, NPS), as they read. */
    more: z.array(z.object({ label: LocalizedSchema, value: LocalizedSchema })).default([]),
    /** The community over time, oldest first. */
    stages: z.array(CaseStageSchema).min(1),
  })
  .refine((f) => f.stages.filter((s) => s.current).length === 1, {
    message: "mark exactly one stage `current: true`: the one cards and the page header show",
  });
export type CaseFigures = z.infer<typeof CaseFiguresSchema>;

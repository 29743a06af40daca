import { z } from "astro/zod";
import { LocalizedSchema, SlugSchema } from "./common";
import { GoalSchema } from "./goal";
import { LEVERS } from "../sim/levers";
import { METRICS } from "../sim/metrics";

export const PLATFORMS = ["wechat", "discord", "zsxq", "xiaohongshu"] as const;
export const COMMUNITY_TYPES = ["geographic", "interest", "professional", "brand"] as const;
export const STAGES = ["start", "growth", "maturity", "decline"] as const;

function num(name: string) {
  const spec = LEVERS.find((l) => l.name === name);
  if (spec?.kind !== "number") throw new Error(`${name} is not a number lever`);
  return z.number().min(spec.min).max(spec.max);
}

/**
 * Some lever values by name, each checked against its range or choices (LEVERS in
 * src/sim/levers.ts). Unknown names are rejected.
 */
export const LeverValuesSchema = z
  .object({
    postsPerDay: num("postsPerDay").optional(),
    contentQuality: num("contentQuality").optional(),
    ugcRewards: num("ugcRewards").optional(),
    eventsPerWeek: num("eventsPerWeek").optional(),
    replyCoverage: num("replyCoverage").optional(),
    rules: z.enum(["none", "basic", "strict"]).optional(),
    moderationHours: num("moderationHours").optional(),
    referral: z.enum(["off", "tiered", "aggressive"]).optional(),
    antiCheat: z.boolean().optional(),
    adBudget: num("adBudget").optional(),
    segmentCare: num("segmentCare").optional(),
    monetization: num("monetization").optional(),
    crisisResponseMinutes: num("crisisResponseMinutes").optional(),
    seedInvites: num("seedInvites").optional(),
    seedFit: num("seedFit").optional(),
    transform: z.enum(["none", "theme", "model", "crowd"]).optional(),
  })
  .strict();
export type LeverValues = z.infer<typeof LeverValuesSchema>;

const metricNames = METRICS.filter((x) => x.goal).map((x) => x.name) as string[];

/** A challenge goal on one of the engine's metrics (GoalSchema, with the metric name checked). */
export const ScenarioGoalSchema = GoalSchema.refine((g) => metricNames.includes(g.metric), {
  message: `metric must be one of ${metricNames.join(", ")}`,
  path: ["metric"],
});

const count = z.number().int().nonnegative();

/** content/scenarios/<id>.json: a sandbox scenario and challenge preset. */
export const ScenarioSchema = z
  .object({
    /** The file name without .json; used in URLs, runs and submissions. */
    id: SlugSchema,
    /** Exactly one scenario is the sandbox's default. */
    default: z.boolean().default(false),
    title: LocalizedSchema,
    /** The story: who runs the community, for whom, with what. */
    description: LocalizedSchema,
    platform: z.enum(PLATFORMS),
    communityType: z.enum(COMMUNITY_TYPES),
    /** "cn" feels the Spring Festival slump fully; "intl" only slightly. */
    region: z.enum(["cn", "intl"]),
    /** Currency of money figures and the adBudget lever. */
    currency: z.enum(["CNY", "USD"]),
    /** Default length of a run, 8–104 weeks. */
    weeks: z.number().int().min(8).max(104).default(52),
    /** The seed the sandbox starts with. */
    seed: z.number().int().nonnegative().default(1),
    /** Calendar week of the year the run starts in (1–52), which places the Spring Festival. */
    startWeekOfYear: z.number().int().min(1).max(52),
    /** How old the community is when the run starts, in weeks. */
    ageWeeks: count,
    /** People who could ever join. */
    market: z.number().int().positive(),
    /** How strongly the community is put in front of its market (multiplies Bass diffusion). */
    reach: z.number().positive().max(50),
    /** Most chat groups the operators will run (platforms with a group cap, e.g. WeChat's 500). */
    maxGroups: z.number().int().min(1).max(1000),
    start: z.object({
      newcomer: count,
      ordinary: count,
      active: count,
      core: count,
      dormant: count,
      stage: z.enum(STAGES),
      /** Highest WAU so far; a mature community that has lost a fifth of it is in decline. */
      peakWau: count.optional(),
      /** People who ever joined; members when absent. */
      reached: count.optional(),
      /** Value delivered so far (a stock that grows about 0.3–0.8 a week). */
      value: z.number().nonnegative(),
    }),
    budget: z.object({
      hoursPerWeek: z.number().positive(),
      moneyPerWeek: z.number().nonnegative(),
    }),
    economics: z.object({
      /** Cost of one joiner from ads. */
      cac: z.number().positive(),
      /** Ad spend at which returns have halved. */
      adSaturation: z.number().positive(),
      /** Revenue per engaged member a week at full monetization once value is delivered. */
      arpuWeek: z.number().nonnegative(),
      /** Fee paid by every joiner (知识星球's paywall); 0 for free communities. */
      entryFee: z.number().nonnegative(),
      /** Cash per referral joiner under aggressive rewards; tiered prizes cost a third of it. */
      referralReward: z.number().nonnegative(),
      /** Prize money per contributor a week at full UGC rewards. */
      ugcPrize: z.number().nonnegative(),
    }),
    /** The scenario's starting levers; the rest take LEVERS' defaults. */
    levers: LeverValuesSchema.default({}),
    /** Goals for using the scenario as a challenge. */
    goals: z.array(ScenarioGoalSchema).min(1),
  })
  .refine(
    (s) =>
      s.start.newcomer + s.start.ordinary + s.start.active + s.start.core + s.start.dormant > 0,
    {
      message: "a scenario starts with at least one member",
      path: ["start"],
    },
  )
  .refine((s) => s.goals.every((g) => g.byWeek === undefined || g.byWeek <= s.weeks), {
    message: "a goal's byWeek must fall within the scenario's weeks",
    path: ["goals"],
  });

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;

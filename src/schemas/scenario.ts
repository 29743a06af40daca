import { z } from "astro/zod";
import { LocalizedSchema, SlugSchema } from "./common";
import { GoalSchema } from "./goal";
import { COMMUNITY_TYPES, CURRENCIES, PLATFORMS, REGIONS, STAGES } from "../vocabulary/community";
import { LEVERS, type LeverSpec, type Levers } from "../vocabulary/levers";
import { GOAL_METRICS } from "../vocabulary/metrics";

/** One lever's values: its range, choices or true/false (LEVERS in src/vocabulary/levers.ts). */
function leverValueSchema(spec: LeverSpec): z.ZodTypeAny {
  switch (spec.kind) {
    case "number":
      return z.number().min(spec.min).max(spec.max);
    case "boolean":
      return z.boolean();
    case "choice":
      return z.enum(spec.options as [string, ...string[]]);
    case "action":
      return z.enum(["none", ...spec.options]);
  }
}

type LeverValueShape = { [K in keyof Levers]: z.ZodOptional<z.ZodType<Levers[K]>> };

/** Some lever values by name, each checked against its range or choices. Unknown names are rejected. */
export const LeverValuesSchema = z
  .object(
    Object.fromEntries(
      LEVERS.map((spec) => [spec.name, leverValueSchema(spec).optional()]),
    ) as LeverValueShape,
  )
  .strict();
export type LeverValues = z.infer<typeof LeverValuesSchema>;

/** A challenge goal on one of the engine's metrics (GoalSchema, with the metric name checked). */
export const ScenarioGoalSchema = GoalSchema.refine(
  (g) => (GOAL_METRICS as readonly string[]).includes(g.metric),
  {
    message: `metric must be one of ${GOAL_METRICS.join(", ")}`,
    path: ["metric"],
  },
);

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
    region: z.enum(REGIONS),
    /** Currency of money figures and the adBudget lever. */
    currency: z.enum(CURRENCIES),
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

export type ScenarioInput = z.input<typeof ScenarioSchema>;

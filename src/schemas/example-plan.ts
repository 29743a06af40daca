import { z } from "astro/zod";
import type { Lang } from "./common";
import { PLAN_FORMAT, PLAN_VERSION, PlanSchema, type Plan } from "./plan";

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** `{ "zh-cn": "…", "en": "…" }` and nothing else: a text given in both languages. */
function isLocalizedText(v: unknown): v is Record<Lang, string> {
  if (!isRecord(v)) return false;
  const keys = Object.keys(v).sort();
  return (
    keys.length === 2 &&
    keys[0] === "en" &&
    keys[1] === "zh-cn" &&
    typeof v.en === "string" &&
    typeof v["zh-cn"] === "string"
  );
}

/** The plan as written in one language: every bilingual text replaced by its `lang` side. */
export function resolveLanguage(value: unknown, lang: Lang): unknown {
  if (isLocalizedText(value)) return value[lang];
  if (Array.isArray(value)) return value.map((v) => resolveLanguage(v, lang));
  if (isRecord(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveLanguage(v, lang)]));
  }
  return value;
}

/** Each language's plan from a bilingual record, or the schema's issues (prefixed by language). */
function bothLanguages(
  raw: Record<string, unknown>,
  ctx: z.RefinementCtx,
): Record<Lang, Plan> | typeof z.NEVER {
  const plans = {} as Record<Lang, Plan>;
  for (const lang of ["zh-cn", "en"] as const) {
    const parsed = PlanSchema.safeParse(resolveLanguage(raw, lang));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        ctx.addIssue({ ...issue, message: `${lang}: ${issue.message}` });
      }
      return z.NEVER;
    }
    plans[lang] = parsed.data;
  }
  return plans;
}

/**
 * content/plans/<scenario-id>.json: an example plan for one of the course's case communities,
 * written once with every text as `{ "zh-cn": …, "en": … }` and numbers and choices shared, so
 * the two languages cannot drift apart. Each language must make a valid plan (PlanSchema); the
 * parsed entry is the plan in both languages.
 */
export const ExamplePlanSchema = z.record(z.unknown()).transform(bothLanguages);
export type ExamplePlan = z.output<typeof ExamplePlanSchema>;

/** The id and name an excerpt's plan carries; nothing shows them. */
const EXCERPT_HEADER = {
  format: PLAN_FORMAT,
  version: PLAN_VERSION,
  id: "exemplar",
  name: "exemplar",
};

/**
 * Part of a plan, written like an example plan (texts in both languages): only the sections
 * and fields it shows; everything else takes the blank plan's defaults. Parsed into a whole plan
 * per language, so the rubric checks can read it.
 */
export const PlanExcerptSchema = z
  .record(z.unknown())
  .transform((raw, ctx) => bothLanguages({ ...raw, ...EXCERPT_HEADER }, ctx));

import { defineCollection } from "astro:content";
import { glob, file } from "astro/loaders";
import type { z } from "astro/zod";
import { ModuleSchema } from "./schemas/module";
import { QuizSchema } from "./schemas/quiz";
import { GlossaryEntrySchema } from "./schemas/glossary";
import { TrackInfoSchema } from "./schemas/track";
import { CaseFiguresSchema, CaseSchema } from "./schemas/case";
import { CheckedRubricSchema } from "./grading/rubric-schema";
import { ExamplePlanSchema } from "./schemas/example-plan";
import { PlatformRuleSchema } from "./schemas/platform-rule";
import { TemplateSchema } from "./schemas/template";
import { BreakdownSchema } from "./schemas/breakdown";

/**
 * Entries keep their parsed data, not their source text: nothing reads `entry.body`, and the text
 * would go into the data module every page build bundles and parses.
 */
const retainBody = false;

/**
 * The files matching `pattern` under content/<folder>, each entry's id its path there without the
 * extension ("zh-cn/04-cold-start" for content/modules/zh-cn/04-cold-start.mdx).
 */
function files<S extends z.ZodTypeAny>(folder: string, pattern: string, schema: S) {
  return defineCollection({
    loader: glob({
      retainBody,
      pattern,
      base: `./content/${folder}`,
      generateId: ({ entry }) => entry.replace(/\.[a-z]+$/, ""),
    }),
    schema,
  });
}

/** content/modules/<lang>/NN-slug.mdx; entry id "<lang>/NN-slug". */
const modules = files("modules", "*/[0-9][0-9]-*.mdx", ModuleSchema);

/** content/quizzes/NN-slug.yaml; entry id "NN-slug", shared by both languages. */
const quizzes = files("quizzes", "[0-9][0-9]-*.yaml", QuizSchema);

const glossary = defineCollection({
  loader: file("./content/glossary.yaml"),
  schema: GlossaryEntrySchema,
});

/** content/tracks.yaml: the four audience tracks and their paths. */
const tracks = defineCollection({
  loader: file("./content/tracks.yaml"),
  schema: TrackInfoSchema,
});

/** content/cases/<lang>/<scenario-id>.mdx; entry id "<lang>/<scenario-id>". */
const cases = files("cases", "*/*.mdx", CaseSchema);

/** content/case-figures.yaml: each case community's one set of numbers, shared by both languages. */
const caseFigures = defineCollection({
  loader: file("./content/case-figures.yaml"),
  schema: CaseFiguresSchema,
});

/** content/rubrics/<id>.yaml; the id is what module frontmatter's `assignment.rubric` names. */
const rubrics = files("rubrics", "*.yaml", CheckedRubricSchema);

/** content/plans/<scenario-id>.json: example plans for the planner, texts in both languages. */
const plans = files("plans", "*.json", ExamplePlanSchema);

/** content/platform-rules.yaml: each platform's limits, quotas, sanctions, fees and refund rules, sourced and dated. */
const platformRules = defineCollection({
  loader: file("./content/platform-rules.yaml"),
  schema: PlatformRuleSchema,
});

/** content/templates/<id>.yaml: the downloadable templates, built into files in both languages. */
const templates = files("templates", "*.yaml", TemplateSchema);

/** content/breakdowns/<lang>/<id>.mdx: sourced notes on real communities; entry id "<lang>/<id>". */
const breakdowns = files("breakdowns", "*/*.mdx", BreakdownSchema);

export const collections = {
  modules,
  quizzes,
  glossary,
  tracks,
  cases,
  caseFigures,
  rubrics,
  plans,
  platformRules,
  templates,
  breakdowns,
};

import { defineCollection } from "astro:content";
import { glob, file } from "astro/loaders";
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

/** content/modules/<lang>/NN-slug.mdx; entry id "<lang>/NN-slug". */
const modules = defineCollection({
  loader: glob({
    retainBody,
    pattern: "*/[0-9][0-9]-*.mdx",
    base: "./content/modules",
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
  }),
  schema: ModuleSchema,
});

/** content/quizzes/NN-slug.yaml; entry id "NN-slug", shared by both languages. */
const quizzes = defineCollection({
  loader: glob({
    retainBody,
    pattern: "[0-9][0-9]-*.yaml",
    base: "./content/quizzes",
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ""),
  }),
  schema: QuizSchema,
});

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
const cases = defineCollection({
  loader: glob({
    retainBody,
    pattern: "*/*.mdx",
    base: "./content/cases",
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
  }),
  schema: CaseSchema,
});

/** content/case-figures.yaml: each case community's one set of numbers, shared by both languages. */
const caseFigures = defineCollection({
  loader: file("./content/case-figures.yaml"),
  schema: CaseFiguresSchema,
});

/** content/rubrics/<id>.yaml; the id is what module frontmatter's `assignment.rubric` names. */
const rubrics = defineCollection({
  loader: glob({
    retainBody,
    pattern: "*.yaml",
    base: "./content/rubrics",
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ""),
  }),
  schema: CheckedRubricSchema,
});

/** content/plans/<scenario-id>.json: example plans for the planner, texts in both languages. */
const plans = defineCollection({
  loader: glob({
    retainBody,
    pattern: "*.json",
    base: "./content/plans",
    generateId: ({ entry }) => entry.replace(/\.json$/, ""),
  }),
  schema: ExamplePlanSchema,
});

/** content/platform-rules.yaml: each platform's limits, quotas, sanctions, fees and refund rules, sourced and dated. */
const platformRules = defineCollection({
  loader: file("./content/platform-rules.yaml"),
  schema: PlatformRuleSchema,
});

/** content/templates/<id>.yaml: the downloadable templates, built into files in both languages. */
const templates = defineCollection({
  loader: glob({
    retainBody,
    pattern: "*.yaml",
    base: "./content/templates",
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ""),
  }),
  schema: TemplateSchema,
});

/** content/breakdowns/<lang>/<id>.mdx: sourced notes on real communities; entry id "<lang>/<id>". */
const breakdowns = defineCollection({
  loader: glob({
    retainBody,
    pattern: "*/*.mdx",
    base: "./content/breakdowns",
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
  }),
  schema: BreakdownSchema,
});

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

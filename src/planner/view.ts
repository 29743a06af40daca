/**
 * What the planner page hands the island: rubrics, examples and assignments in the page's
 * language, built at build time from the content collections.
 */
import type { Lang } from "../schemas/common";
import type { Plan } from "../schemas/plan";
import type { LevelId, Rubric } from "../schemas/rubric";
import type { AssignmentKind } from "../schemas/progress";
import type { RunScenario } from "../grading/plan-to-run";
import type { OutlineSection } from "./outline";

export type CriterionView = (
  { kind: "auto"; check: string; capsScoreAt?: number } | { kind: "self"; field: string }
) & {
  weight: number;
  title: string;
  feedback: string;
  /** What each level means, where the rubric says. */
  descriptors: Partial<Record<LevelId, string>>;
  /** The module that teaches it. */
  moduleTitle: string;
  moduleHref: string;
  /** Communities it does not fit, with the reason shown instead of a level. */
  notApplicable: { goals?: string[]; teamHoursBelow?: number; reason: string }[];
};

/** An annotated exemplar in one language: what it writes, and its marks with the reasons. */
export interface ExemplarView {
  kind: "strong" | "weak";
  summary: string;
  /** The parts of a plan it writes, as the print view shows them. */
  sections: OutlineSection[];
  marks: Record<string, { level: LevelId; note: string }>;
}

export interface RubricView {
  id: string;
  title: string;
  summary: string;
  passMark: number;
  criteria: Record<string, CriterionView>;
  exemplars: ExemplarView[];
}

/** A module whose assignment is a plan checked against a rubric. */
export interface AssignmentView {
  moduleId: string;
  number: number;
  title: string;
  href: string;
  rubric: string;
  passMark: number;
  /** Every assignment of the module: it is complete when each has passed. */
  requires: AssignmentKind[];
}

export interface ExampleView {
  scenario: string;
  /** The case community's name. */
  name: string;
  plan: Plan;
}

export interface ModuleRef {
  title: string;
  href: string;
}

/**
 * A rubric in one language; `modules` finds a module's title and link by "NN-slug", `excerpt`
 * lays out the part of a plan an exemplar writes (outline.ts `excerptOutline`).
 */
export function rubricView(
  id: string,
  rubric: Rubric,
  lang: Lang,
  modules: (moduleId: string) => ModuleRef,
  excerpt: (plan: Plan) => OutlineSection[],
): RubricView {
  const criteria: Record<string, CriterionView> = {};
  for (const [cid, c] of Object.entries(rubric.criteria)) {
    const descriptors: Partial<Record<LevelId, string>> = {};
    for (const [level, text] of Object.entries(c.descriptors)) {
      if (text) descriptors[level as LevelId] = text[lang];
    }
    const ref = modules(c.module);
    const common = {
      weight: c.weight,
      title: c.title[lang],
      feedback: c.feedback[lang],
      descriptors,
      moduleTitle: ref.title,
      moduleHref: ref.href,
      notApplicable: c.notApplicable.map(({ reason, ...when }) => ({
        ...when,
        reason: reason[lang],
      })),
    };
    criteria[cid] =
      c.kind === "auto"
        ? {
            kind: "auto",
            check: c.check,
            ...(c.capsScoreAt === undefined ? {} : { capsScoreAt: c.capsScoreAt }),
            ...common,
          }
        : { kind: "self", field: c.field, ...common };
  }
  return {
    id,
    title: rubric.title[lang],
    summary: rubric.summary[lang],
    passMark: rubric.passMark,
    criteria,
    exemplars: (["strong", "weak"] as const).map((kind) => {
      const exemplar = rubric.exemplars[kind];
      return {
        kind,
        summary: exemplar.summary[lang],
        sections: excerpt(exemplar.plan[lang]),
        marks: Object.fromEntries(
          Object.entries(exemplar.marks).map(([cid, m]) => [
            cid,
            { level: m.level, note: m.note[lang] },
          ]),
        ),
      };
    }),
  };
}

/** A case community the plan can run in: its name, and what the plan → run mapping needs. */
export interface ScenarioOption extends RunScenario {
  name: string;
  /** The seed the sandbox starts this scenario with. */
  seed: number;
}

/** The engine's lever and metric names in the page's language, for showing a mapped run. */
export interface SimLabels {
  modelVersion: string;
  levers: Record<string, string>;
  metrics: Record<string, { label: string; ratio: boolean }>;
}

/**
 * What the planner page hands the island: rubrics, examples and assignments in the page's
 * language, built at build time from the content collections.
 */
import type { Lang } from "../../schemas/common";
import type { Plan } from "../../schemas/plan";
import type { LevelId, Rubric } from "../../schemas/rubric";
import type { RunScenario } from "../../grading/plan-to-run";

export type CriterionView = ({ kind: "auto"; check: string } | { kind: "self"; field: string }) & {
  weight: number;
  title: string;
  feedback: string;
  /** What each level means, where the rubric says. */
  descriptors: Partial<Record<LevelId, string>>;
  /** The module that teaches it. */
  moduleTitle: string;
  moduleHref: string;
};

export interface RubricView {
  id: string;
  title: string;
  summary: string;
  passMark: number;
  criteria: Record<string, CriterionView>;
}

/** A module whose assignment is a plan checked against a rubric. */
export interface AssignmentView {
  moduleId: string;
  number: number;
  title: string;
  href: string;
  rubric: string;
  passMark: number;
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

/** A rubric in one language; `modules` finds a module's title and link by "NN-slug". */
export function rubricView(
  id: string,
  rubric: Rubric,
  lang: Lang,
  modules: (moduleId: string) => ModuleRef,
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
    };
    criteria[cid] =
      c.kind === "auto"
        ? { kind: "auto", check: c.check, ...common }
        : { kind: "self", field: c.field, ...common };
  }
  return {
    id,
    title: rubric.title[lang],
    summary: rubric.summary[lang],
    passMark: rubric.passMark,
    criteria,
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

/**
 * A module's simulation assignment (module frontmatter, `assignment.kind: simulation`) as a full
 * AssignmentSchema object with the id `module-<NN-slug>`: the sandbox opens it from
 * `?assignment=<NN-slug>`, submissions embed it, and `npm run verify -- FILE --assignment` can
 * check against it. Modules are self-paced, so the dates are fixed (not the build's clock): the
 * same module always gives the same assignment. It is issued under the current scoring rule and
 * the engine's model version (src/grading/rules.ts), like every new assignment.
 */
import {
  AssignmentSchema,
  ASSIGNMENT_FORMAT,
  ASSIGNMENT_VERSION,
  type Assignment,
} from "../schemas/assignment";
import type { ModuleFrontmatter } from "../schemas/module";
import { CURRENT_RULE } from "../grading/rules";
import { MODEL_VERSION } from "../sim/index";
import type { AssignmentKind } from "../schemas/progress";

/**
 * The kinds of assignment a module has: its main one, and "written" when it also has a written
 * assignment. A module is complete when a result of every one of them has passed; the recorders
 * (quiz, sandbox, planner, written assignment) pass this list to recordAssignment().
 */
export function moduleAssignmentKinds(
  module: Pick<ModuleFrontmatter, "assignment" | "written">,
): AssignmentKind[] {
  return [
    ...(module.assignment ? [module.assignment.kind] : []),
    ...(module.written ? (["written"] as const) : []),
  ];
}

/** When the course's module assignments were published. */
export const MODULE_ASSIGNMENT_CREATED = "2025-09-01T00:00:00+08:00";
/** Module assignments have no deadline; the sandbox shows them as self-paced. */
export const MODULE_ASSIGNMENT_DUE = "2099-12-31T23:59:00+08:00";

type Simulation = Extract<NonNullable<ModuleFrontmatter["assignment"]>, { kind: "simulation" }>;

/**
 * The assignment of a module from its two language versions, or null when it has no simulation
 * assignment. Throws, naming the module, when the two versions disagree on the challenge or it
 * is not a valid assignment.
 */
export function moduleSimulationAssignment(
  moduleId: string,
  zh: Pick<ModuleFrontmatter, "title" | "assignment">,
  en: Pick<ModuleFrontmatter, "title" | "assignment">,
): Assignment | null {
  if (zh.assignment?.kind !== "simulation" || en.assignment?.kind !== "simulation") return null;
  const a: Simulation = zh.assignment;
  const b: Simulation = en.assignment;
  const same = (x: Simulation) =>
    JSON.stringify([x.scenario, x.seed, x.weeks, x.locked, x.goals, x.passMark]);
  if (same(a) !== same(b)) {
    throw new Error(
      `modules ${moduleId}: the zh-cn and en versions set different simulation assignments; make them the same challenge`,
    );
  }
  const parsed = AssignmentSchema.safeParse({
    format: ASSIGNMENT_FORMAT,
    version: ASSIGNMENT_VERSION,
    id: `module-${moduleId}`,
    title: { "zh-cn": zh.title, en: en.title },
    instructions: { "zh-cn": a.brief, en: b.brief },
    scenario: a.scenario,
    seed: a.seed,
    weeks: a.weeks,
    locked: a.locked,
    goals: a.goals,
    passMark: a.passMark,
    due: MODULE_ASSIGNMENT_DUE,
    createdAt: MODULE_ASSIGNMENT_CREATED,
    rule: CURRENT_RULE.id,
    modelVersion: MODEL_VERSION,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `module ${moduleId}: its simulation assignment is not valid (${issue?.path.join(".")}: ${issue?.message})`,
    );
  }
  return parsed.data;
}

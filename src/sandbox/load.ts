/**
 * Where the sandbox starts: a link in the URL (a shared run, an assignment, a learner's run to
 * review, or `?assignment=NN-slug` from a module page), else what the learner left, else the
 * default scenario. Pure: the island passes in the URL parts and the stored value.
 *
 * A link that cannot be read changes nothing: the learner's saved work opens (or the defaults)
 * with a message saying why. A good link that replaces real work keeps that work as `previous`,
 * one click from being restored.
 */
import type { Assignment } from "../schemas/assignment";
import type { SandboxSaved, SandboxWork } from "../schemas/sandbox";
import {
  readSandboxHash,
  type LinkKind,
  type RunOrigin,
  type ShareErrorCode,
} from "../lib/share-link";
import { MODEL_VERSION, type Scenario } from "../sim/index";
import { DEFAULT_SCENARIO_ID, SCENARIO_IDS, getScenario } from "../lib/scenarios";
import { canonicalJson } from "../lib/canonical-json";
import { baseLevers, withoutNoOps, type Locks } from "./session";
import type { ModuleRef } from "./types";

export type Mode = "free" | "challenge" | "review";

export type StartNotice =
  | {
      type: "link-error";
      kind: LinkKind | "module";
      code: ShareErrorCode | "unknown-assignment";
      detail?: string;
    }
  | {
      type: "opened";
      kind: LinkKind | "module";
      previousKept: boolean;
      /** A shared run made with another model version than this site's: the one it names. */
      otherModel?: string;
      /** Where a run link says it was made (a module's compact sandbox, a plan). */
      origin?: RunOrigin;
    }
  | { type: "resumed-challenge" };

export interface Start {
  work: SandboxWork;
  mode: Mode;
  /** The learner whose run is under review (mode "review") and the model version the run was made with. */
  reviewer?: { name: string; id?: string; modelVersion: string };
  /** Work that a link replaced. */
  previous?: SandboxWork;
  notice?: StartNotice;
  /** Whether the URL held a link that has now been read (the island then removes it from the address bar). */
  consumedLink: boolean;
}

/** A message: an i18n key under `sandbox.link.` and its values. */
export interface OpenedMessage {
  key: string;
  values?: Record<string, string | number>;
}

/**
 * What the banner says a link opened. A run link says where it was made only when that reads
 * true here: a module's embed names a module of this course (by the course's own number and
 * title, never words from the link), a plan its name as plain text. Anything else is a shared run.
 */
export function openedMessage(
  notice: Extract<StartNotice, { type: "opened" }>,
  modules: readonly ModuleRef[],
): OpenedMessage {
  const origin = notice.kind === "run" ? notice.origin : undefined;
  if (origin?.kind === "module") {
    const module = modules.find((m) => m.slug === origin.module);
    if (module)
      return { key: "opened.fromModule", values: { n: module.number, title: module.title } };
  }
  if (origin?.kind === "plan")
    return origin.name
      ? { key: "opened.fromPlan", values: { name: origin.name } }
      : { key: "opened.fromUnnamedPlan" };
  return { key: `opened.${notice.kind}` };
}

export interface StartInput {
  hash: string;
  search: string;
  stored: SandboxSaved | null;
  /** Simulation assignments of the modules by module id ("04-cold-start"). */
  moduleAssignments: Readonly<Record<string, Assignment>>;
}

/** A run at the start of a scenario. */
export function defaultWork(
  scenario: Scenario = getScenario(DEFAULT_SCENARIO_ID) as Scenario,
): SandboxWork {
  return {
    run: {
      scenario: scenario.id,
      seed: scenario.seed,
      weeks: scenario.weeks,
      decisions: [],
      week: 0,
    },
  };
}

/** Work worth keeping when a link would replace it: anything but an untouched start. */
export function hasProgress(work: SandboxWork | undefined): boolean {
  return !!work && (work.run.week > 0 || work.run.decisions.length > 0 || !!work.assignment);
}

/** Whether two assignments are the same challenge (so a learner's run on it can continue). */
export function sameAssignment(a: Assignment | undefined, b: Assignment | undefined): boolean {
  return !!a && !!b && canonicalJson(a) === canonicalJson(b);
}

/** Work without the decisions that change nothing (a link or an older save can carry some). */
function tidy(work: SandboxWork, scenario: Scenario): SandboxWork {
  const base = baseLevers(scenario, (work.assignment?.locked ?? {}) as Locks);
  return { ...work, run: { ...work.run, decisions: withoutNoOps(base, work.run.decisions) } };
}

/** The learner's saved work, if its scenario still exists. */
function storedWork(stored: SandboxSaved | null): SandboxWork | undefined {
  const work = stored?.current;
  const scenario = work && getScenario(work.run.scenario);
  return work && scenario ? tidy(work, scenario) : undefined;
}

function challengeWork(assignment: Assignment): SandboxWork {
  return {
    run: {
      scenario: assignment.scenario,
      seed: assignment.seed,
      weeks: assignment.weeks,
      decisions: [],
      week: 0,
    },
    assignment,
  };
}

export function resolveStart(input: StartInput): Start {
  const saved = storedWork(input.stored);
  const fallback: Start = {
    work: saved ?? defaultWork(),
    mode: saved?.assignment ? "challenge" : "free",
    consumedLink: false,
  };
  const replacing = (
    work: SandboxWork,
    kind: LinkKind | "module",
    mode: Mode,
    extra: { otherModel?: string; origin?: RunOrigin } = {},
  ): Start => {
    if (work.assignment && sameAssignment(work.assignment, saved?.assignment)) {
      return {
        ...fallback,
        mode: "challenge",
        notice: { type: "resumed-challenge" },
        consumedLink: true,
      };
    }
    const keep = hasProgress(saved);
    return {
      work,
      mode,
      ...(keep && saved ? { previous: saved } : {}),
      notice: {
        type: "opened",
        kind,
        previousKept: keep,
        ...(extra.otherModel ? { otherModel: extra.otherModel } : {}),
        ...(extra.origin ? { origin: extra.origin } : {}),
      },
      consumedLink: true,
    };
  };

  const moduleId = new URLSearchParams(input.search).get("assignment");
  if (moduleId !== null) {
    const assignment = input.moduleAssignments[moduleId];
    if (!assignment) {
      return {
        ...fallback,
        notice: {
          type: "link-error",
          kind: "module",
          code: "unknown-assignment",
          detail: moduleId,
        },
        consumedLink: true,
      };
    }
    return replacing(challengeWork(assignment), "module", "challenge");
  }

  const link = readSandboxHash(input.hash, { scenarios: SCENARIO_IDS });
  switch (link.kind) {
    case "none":
      return fallback;
    case "run": {
      if (!link.result.ok)
        return {
          ...fallback,
          notice: { type: "link-error", kind: "run", ...link.result.error },
          consumedLink: true,
        };
      const p = link.result.value;
      const work: SandboxWork = tidy(
        {
          run: {
            scenario: p.scenario,
            seed: p.seed,
            weeks: p.weeks,
            decisions: p.decisions,
            week: p.weeks,
          },
          ...(p.goals ? { goals: p.goals } : {}),
          ...(p.label ? { label: p.label } : {}),
        },
        getScenario(p.scenario) as Scenario,
      );
      const otherModel =
        p.modelVersion !== undefined && p.modelVersion !== MODEL_VERSION
          ? p.modelVersion
          : undefined;
      return replacing(work, "run", "free", {
        ...(otherModel ? { otherModel } : {}),
        ...(p.origin ? { origin: p.origin } : {}),
      });
    }
    case "assignment": {
      if (!link.result.ok) {
        return {
          ...fallback,
          notice: { type: "link-error", kind: "assignment", ...link.result.error },
          consumedLink: true,
        };
      }
      return replacing(challengeWork(link.result.value), "assignment", "challenge");
    }
    case "review": {
      if (!link.result.ok)
        return {
          ...fallback,
          notice: { type: "link-error", kind: "review", ...link.result.error },
          consumedLink: true,
        };
      const r = link.result.value;
      const work: SandboxWork = {
        run: {
          scenario: r.run.scenario,
          seed: r.run.seed,
          weeks: r.run.weeks,
          decisions: r.run.decisions,
          week: r.run.weeks,
        },
        ...(r.assignment ? { assignment: r.assignment } : {}),
      };
      // A review is looked at, not worked on: nothing the learner saved is replaced.
      return {
        work,
        mode: "review",
        reviewer: { ...r.learner, modelVersion: r.run.modelVersion },
        consumedLink: false,
      };
    }
  }
}

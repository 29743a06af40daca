/**
 * SCORM 1.2 and SCORM 2004 sessions. The API is found the standard way (ADL's algorithm): the
 * launch page's window and its parents, then the opener's, looking for `API` (1.2) or
 * `API_1484_11` (2004); a window of another origin is passed over. The two versions differ in
 * names and formats only, so one session takes a table of each version's data model.
 */
import type { LmsStandard } from "../schemas/lms";
import {
  displayName,
  isoDuration,
  scorm12Time,
  type Connection,
  type Interaction,
  type Saved,
} from "./connection";

/** The methods both versions have, by their 2004 names (1.2's are mapped onto them). */
interface ScormApi {
  initialize(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  terminate(): boolean;
  lastError(): string;
}

type RawApi = Record<string, ((...args: string[]) => unknown) | undefined>;

/** Looks for a window property from `start` up through its parents; null if none has it. */
function findIn(start: Window | null, name: string): RawApi | null {
  let win = start;
  for (let depth = 0; win && depth < 500; depth += 1) {
    try {
      const api = (win as unknown as Record<string, unknown>)[name];
      if (api && typeof api === "object") return api as RawApi;
    } catch {
      // Another origin's window: not the LMS that launched us; keep looking above it.
    }
    if (win.parent === win) break;
    win = win.parent;
  }
  return null;
}

/** The LMS's API object for a SCORM version, or null when no LMS provides one. */
export function findApi(version: "scorm12" | "scorm2004", from: Window = window): RawApi | null {
  const name = version === "scorm12" ? "API" : "API_1484_11";
  let opener: Window | null = null;
  try {
    opener = from.opener as Window | null;
  } catch {
    opener = null;
  }
  return findIn(from, name) ?? findIn(opener, name) ?? findIn(topOpener(from), name);
}

function topOpener(from: Window): Window | null {
  try {
    return (from.top?.opener as Window | null) ?? null;
  } catch {
    return null;
  }
}

const call = (api: RawApi, method: string, ...args: string[]) => {
  const fn = api[method];
  return typeof fn === "function" ? String(fn.apply(api, args)) : "false";
};

function wrap(version: "scorm12" | "scorm2004", api: RawApi): ScormApi {
  const names =
    version === "scorm12"
      ? ["LMSInitialize", "LMSGetValue", "LMSSetValue", "LMSCommit", "LMSFinish", "LMSGetLastError"]
      : ["Initialize", "GetValue", "SetValue", "Commit", "Terminate", "GetLastError"];
  const [init, get, set, commit, finish, error] = names as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    initialize: () => call(api, init, "") === "true",
    get: (element) => call(api, get, element),
    set: (element, value) => call(api, set, element, value) === "true",
    commit: () => call(api, commit, "") === "true",
    terminate: () => call(api, finish, "") === "true",
    lastError: () => call(api, error),
  };
}

/** What each version calls the fields the package uses. */
interface DataModel {
  learnerId: string;
  learnerName: string;
  language: string;
  suspend: string;
  location: string;
  mode: string;
  mastery: string;
  /** The LMS's mastery as 0–1 from its text ("70" in 1.2, "0.7" in 2004). */
  masteryOf(text: string): number | undefined;
  exit: string;
  sessionTime(seconds: number): [string, string];
  /** The fields a report sets, in order. */
  report(saved: Saved): [string, string][];
  interaction(n: number, i: Interaction): [string, string][];
}

const fraction = (text: string, scale: number) => {
  const n = text.trim() === "" ? NaN : Number(text);
  return Number.isFinite(n) && n >= 0 && n <= scale ? n / scale : undefined;
};
const percent = (scaled: number) => String(Math.round(scaled * 1000) / 10);
const clockTime = (d: Date) => d.toTimeString().slice(0, 8);

const SCORM12: DataModel = {
  learnerId: "cmi.core.student_id",
  learnerName: "cmi.core.student_name",
  language: "cmi.student_preference.language",
  suspend: "cmi.suspend_data",
  location: "cmi.core.lesson_location",
  mode: "cmi.core.lesson_mode",
  mastery: "cmi.student_data.mastery_score",
  masteryOf: (text) => fraction(text, 100),
  exit: "cmi.core.exit",
  sessionTime: (s) => ["cmi.core.session_time", scorm12Time(s)],
  report({ report: r, suspend, location }) {
    // 1.2 has one status for both: passed implies complete, so a passing mean with a module
    // not yet passed stays incomplete.
    const status =
      r.success === "failed"
        ? "failed"
        : r.completion === "completed"
          ? r.success === "passed"
            ? "passed"
            : "completed"
          : "incomplete";
    const score: [string, string][] =
      r.scaled === undefined
        ? []
        : [
            ["cmi.core.score.min", "0"],
            ["cmi.core.score.max", "100"],
            ["cmi.core.score.raw", percent(r.scaled)],
          ];
    return [
      ["cmi.core.lesson_status", status],
      ...score,
      ["cmi.suspend_data", suspend],
      ["cmi.core.lesson_location", location],
      ["cmi.core.exit", "suspend"],
    ];
  },
  interaction: (n, i) => [
    [`cmi.interactions.${n}.id`, i.id],
    [`cmi.interactions.${n}.type`, "performance"],
    [`cmi.interactions.${n}.time`, clockTime(i.at)],
    [`cmi.interactions.${n}.weighting`, "1"],
    [`cmi.interactions.${n}.student_response`, i.hash],
    [`cmi.interactions.${n}.result`, i.passed ? "correct" : "wrong"],
  ],
};

const SCORM2004: DataModel = {
  learnerId: "cmi.learner_id",
  learnerName: "cmi.learner_name",
  language: "cmi.learner_preference.language",
  suspend: "cmi.suspend_data",
  location: "cmi.location",
  mode: "cmi.mode",
  mastery: "cmi.scaled_passing_score",
  masteryOf: (text) => fraction(text, 1),
  exit: "cmi.exit",
  sessionTime: (s) => ["cmi.session_time", isoDuration(s)],
  report({ report: r, suspend, location }) {
    const score: [string, string][] =
      r.scaled === undefined
        ? []
        : [
            ["cmi.score.min", "0"],
            ["cmi.score.max", "100"],
            ["cmi.score.raw", percent(r.scaled)],
            ["cmi.score.scaled", String(r.scaled)],
          ];
    return [
      ["cmi.completion_status", r.completion],
      ["cmi.progress_measure", String(r.progress)],
      ...score,
      ["cmi.success_status", r.success],
      ["cmi.suspend_data", suspend],
      ["cmi.location", location],
      ["cmi.exit", "suspend"],
    ];
  },
  interaction: (n, i) => [
    [`cmi.interactions.${n}.id`, i.id],
    [`cmi.interactions.${n}.type`, "other"],
    [`cmi.interactions.${n}.timestamp`, i.at.toISOString()],
    [`cmi.interactions.${n}.weighting`, "1"],
    [`cmi.interactions.${n}.description`, i.title.slice(0, 250)],
    [`cmi.interactions.${n}.learner_response`, i.hash],
    [`cmi.interactions.${n}.result`, i.passed ? "correct" : "incorrect"],
  ],
};

/** Sets each field in order; the first the LMS refuses, as "element: error". */
function setAll(api: ScormApi, fields: readonly [string, string][]): string | null {
  let refused: string | null = null;
  for (const [element, value] of fields) {
    if (!api.set(element, value) && !refused) refused = `${element}: ${api.lastError()}`;
  }
  return refused;
}

/** Opens a SCORM session, or null when no LMS provides the API or it refuses to start. */
export function connectScorm(
  standard: "scorm12" | "scorm2004",
  from: Window = window,
): Connection | null {
  const raw = findApi(standard, from);
  if (!raw) return null;
  const api = wrap(standard, raw);
  if (!api.initialize()) return null;
  const model = standard === "scorm12" ? SCORM12 : SCORM2004;
  const mode = api.get(model.mode);
  const name = api.get(model.learnerName);
  const id = api.get(model.learnerId);
  const recording = mode !== "browse" && mode !== "review";
  const commit = (fields: [string, string][]) => {
    const refused = setAll(api, fields);
    if (!api.commit()) return `commit: ${api.lastError()}`;
    return refused;
  };
  let finished = false;
  return {
    standard: standard satisfies LmsStandard,
    learner: id || name ? { id, name: displayName(name) } : null,
    language: api.get(model.language),
    suspend: api.get(model.suspend),
    location: api.get(model.location),
    mastery: model.masteryOf(api.get(model.mastery)),
    recording,
    save: (saved) =>
      Promise.resolve(
        recording ? commit(model.report(saved)) : commit([[model.location, saved.location]]),
      ),
    interaction(i) {
      if (!recording) return Promise.resolve(null);
      const n = Number(api.get("cmi.interactions._count")) || 0;
      return Promise.resolve(commit(model.interaction(n, i)));
    },
    finish(saved, sessionSeconds) {
      if (finished) return;
      finished = true;
      setAll(api, [
        ...(recording
          ? model.report(saved)
          : [[model.location, saved.location] as [string, string]]),
        model.sessionTime(sessionSeconds),
        [model.exit, "suspend"],
      ]);
      api.commit();
      api.terminate();
    },
  };
}

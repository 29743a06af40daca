/**
 * Building sandbox links, with no schema library attached: module pages (the compact sandbox,
 * the assignment panel) import from here to stay light. Reading links back — with validation —
 * is in share-link.ts, which re-exports everything here.
 *
 * A link is the sandbox path plus a hash `#<kind>=<base64url of UTF-8 JSON>`:
 * - `#run=…`        a run to reproduce: { v: 1, scenario, seed, weeks, decisions, goals?, label?, origin? }
 * - `#assignment=…` a challenge: an AssignmentSchema object (src/schemas/assignment.ts)
 * - `#review=…`     a learner's submitted run, opened read-only: { v: 1, learner, run, assignment? }
 */
import type { AssignmentInput } from "../schemas/assignment";
import type { Lang } from "../schemas/common";
import type { Goal } from "../schemas/module";
import type { LeverValues } from "../schemas/scenario";

export const SHARE_VERSION = 1;

/** The hash kinds the sandbox reads. */
export const LINK_KINDS = ["run", "assignment", "review"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** Longest encoded payload a link may carry (characters after `#kind=`). */
export const MAX_PAYLOAD_CHARS = 100_000;

/** A lever change from a week on (the engine's Decision, with values checked on decode). */
export interface ShareDecision {
  week: number;
  set: LeverValues;
}

/**
 * Where a run link was made, so the sandbox can say so: a module's compact sandbox (by the
 * module's slug; the sandbox names the module from its own course list) or a plan in the planner
 * (by the plan's name, when it has one). A link shared from the sandbox itself has none.
 */
export type RunOrigin = { kind: "module"; module: string } | { kind: "plan"; name?: string };

/** What `#run=` carries: enough to reproduce a run exactly, plus optional goals and a title. */
export interface SharePayload {
  v: 1;
  /** The simulation model the sender ran (links made before it was carried have none). */
  modelVersion?: string;
  scenario: string;
  seed: number;
  weeks: number;
  decisions: ShareDecision[];
  /** Goals to show as a checklist (the planner's KPIs when it opens the sandbox). */
  goals?: Goal[];
  /** A short title shown above the run, e.g. the plan's name. */
  label?: string;
  /** Where the link was made (an origin that does not read as one is ignored, never an error). */
  origin?: RunOrigin;
}

/** What `#review=` carries: a submission's run and learner, shown read-only. */
export interface ReviewPayload {
  v: 1;
  learner: { name: string; id?: string };
  run: {
    modelVersion: string;
    scenario: string;
    seed: number;
    weeks: number;
    decisions: ShareDecision[];
  };
  /** The assignment the run answered, for its goals and locked levers. */
  assignment?: AssignmentInput;
}

function bytesToBinary(bytes: Uint8Array): string {
  let out = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    out += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return out;
}

/** base64url (no padding) of the UTF-8 bytes of a string. */
export function toBase64Url(text: string): string {
  const binary = bytesToBinary(new TextEncoder().encode(text));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The string a base64url text encodes; throws on characters outside the alphabet or bad UTF-8. */
export function fromBase64Url(encoded: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) {
    throw new TypeError("not base64url");
  }
  const padded =
    encoded.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((encoded.length + 3) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

function hashOf(kind: LinkKind, value: unknown): string {
  return `#${kind}=${toBase64Url(JSON.stringify(value))}`;
}

function sandboxPath(lang: Lang): string {
  return `/${lang}/sandbox/`;
}

/** `#run=…` for a run. Optional fields left undefined are omitted. */
/** What a new `#run=` link is made from: every new link names the model it was run with. */
export type ShareInput = Omit<SharePayload, "v" | "modelVersion"> & { v?: 1; modelVersion: string };

export function encodeShare(state: ShareInput): string {
  const payload: SharePayload = {
    v: SHARE_VERSION,
    modelVersion: state.modelVersion,
    scenario: state.scenario,
    seed: state.seed,
    weeks: state.weeks,
    decisions: state.decisions.map((d) => ({ week: d.week, set: { ...d.set } })),
    ...(state.goals && state.goals.length ? { goals: state.goals } : {}),
    ...(state.label ? { label: state.label } : {}),
    ...(state.origin ? { origin: state.origin } : {}),
  };
  return hashOf("run", payload);
}

/** `#assignment=…` for an assignment (the whole AssignmentSchema object). */
export function encodeAssignment(assignment: AssignmentInput): string {
  return hashOf("assignment", assignment);
}

/** `#review=…` for a learner's run, opened read-only. */
export function encodeReview(review: Omit<ReviewPayload, "v"> & { v?: 1 }): string {
  const payload: ReviewPayload = {
    v: SHARE_VERSION,
    learner: review.learner.id
      ? { name: review.learner.name, id: review.learner.id }
      : { name: review.learner.name },
    run: {
      modelVersion: review.run.modelVersion,
      scenario: review.run.scenario,
      seed: review.run.seed,
      weeks: review.run.weeks,
      decisions: review.run.decisions.map((d) => ({ week: d.week, set: { ...d.set } })),
    },
    ...(review.assignment ? { assignment: review.assignment } : {}),
  };
  return hashOf("review", payload);
}

/** The sandbox page opening a run: `/<lang>/sandbox/#run=…` (the planner's "Run this plan"). */
export function sandboxUrl(lang: Lang, payload: ShareInput): string {
  return sandboxPath(lang) + encodeShare(payload);
}

/** The sandbox page in challenge mode: `/<lang>/sandbox/#assignment=…`. */
export function assignmentUrl(lang: Lang, assignment: AssignmentInput): string {
  return sandboxPath(lang) + encodeAssignment(assignment);
}

/** The sandbox page showing a submission read-only: `/<lang>/sandbox/#review=…` (the gradebook). */
export function reviewUrl(lang: Lang, review: Omit<ReviewPayload, "v"> & { v?: 1 }): string {
  return sandboxPath(lang) + encodeReview(review);
}

/**
 * Sandbox links: building them (re-exported from share-url.ts) and reading them back, validated.
 * Nothing here loads zod: the readers are src/lib/light/share.ts, kept in step with the zod
 * schemas of src/schemas/share.ts and assignment.ts by a unit test.
 *
 * Decoding never throws: it returns `{ ok: false, error }` with a reason code the sandbox turns
 * into a message in the learner's language (`sandbox.link.error.<code>`).
 */
import type { Assignment } from "../schemas/assignment";
import { read, type Read } from "./light/kit";
import { readAssignment, readReviewPayload, readSharePayload } from "./light/share";
import {
  LINK_KINDS,
  MAX_PAYLOAD_CHARS,
  SHARE_VERSION,
  fromBase64Url,
  type LinkKind,
  type ReviewPayload,
  type SharePayload,
} from "./share-url";

export * from "./share-url";

/** The `format` an assignment carries (ASSIGNMENT_FORMAT in src/schemas/assignment.ts). */
const ASSIGNMENT_FORMAT = "community-ops-lab/assignment";
const ASSIGNMENT_VERSION = 1;

export type ShareErrorCode =
  /** The hash holds none of the sandbox's link kinds. */
  | "no-link"
  /** The hash holds another kind of link than the one asked for. */
  | "wrong-kind"
  | "empty"
  | "too-long"
  | "not-base64"
  | "not-json"
  /** A newer (or unknown) link or assignment version. */
  | "unknown-version"
  /** An assignment link whose `format` is not an assignment's. */
  | "wrong-format"
  /** JSON of the wrong shape; `detail` names the first bad field. */
  | "invalid"
  /** A scenario this build does not have (only when `scenarios` is given). */
  | "unknown-scenario";

export interface ShareLinkError {
  code: ShareErrorCode;
  kind?: LinkKind;
  /** The bad field and why, in English (for logs and the message's details line). */
  detail?: string;
}

export type Decoded<T> = { ok: true; value: T } | { ok: false; error: ShareLinkError };

export interface DecodeOptions {
  /** Scenario ids that exist; a link naming another is rejected with "unknown-scenario". */
  scenarios?: readonly string[];
}

const fail = (
  code: ShareErrorCode,
  kind?: LinkKind,
  detail?: string,
): { ok: false; error: ShareLinkError } => ({
  ok: false,
  error: { code, ...(kind ? { kind } : {}), ...(detail ? { detail } : {}) },
});

/** The kind and payload text of a hash (`#run=…`, `run=…` or a whole URL), or null. */
export function splitHash(hash: string): { kind: LinkKind; payload: string } | null {
  const at = hash.indexOf("#");
  const text = at >= 0 ? hash.slice(at + 1) : hash;
  const eq = text.indexOf("=");
  if (eq < 0) return null;
  const kind = text.slice(0, eq);
  if (!(LINK_KINDS as readonly string[]).includes(kind)) return null;
  return { kind: kind as LinkKind, payload: text.slice(eq + 1) };
}

function readJson(kind: LinkKind, payload: string): Decoded<unknown> {
  const trimmed = payload.trim();
  if (!trimmed) return fail("empty", kind);
  if (trimmed.length > MAX_PAYLOAD_CHARS)
    return fail("too-long", kind, `${trimmed.length} > ${MAX_PAYLOAD_CHARS}`);
  let text: string;
  try {
    text = fromBase64Url(trimmed);
  } catch {
    return fail("not-base64", kind);
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return fail("not-json", kind);
  }
}

function field(raw: unknown, key: string): unknown {
  return raw && typeof raw === "object" && Object.hasOwn(raw, key)
    ? (raw as Record<string, unknown>)[key]
    : undefined;
}

/** A value from a link as a message's detail: short, and never throwing whatever it is. */
function detailOf(value: unknown): string {
  let text: string;
  try {
    text = typeof value === "string" ? value : (JSON.stringify(value) ?? typeof value);
  } catch {
    text = typeof value;
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * Runs a decoder so that nothing a link holds can make it throw: an unexpected failure reads as an
 * invalid link (the sandbox then shows the message and opens clean).
 */
function guarded<T>(kind: LinkKind, decode: () => Decoded<T>): Decoded<T> {
  try {
    return decode();
  } catch (error) {
    return fail("invalid", kind, detailOf(error instanceof Error ? error.message : error));
  }
}

function finish<T>(
  kind: LinkKind,
  result: Read<T>,
  scenario: (value: T) => string,
  options: DecodeOptions,
): Decoded<T> {
  if (!result.ok) return fail("invalid", kind, `${result.path}: ${result.message}`);
  const id = scenario(result.value);
  if (options.scenarios && !options.scenarios.includes(id))
    return fail("unknown-scenario", kind, id);
  return { ok: true, value: result.value };
}

function take(hash: string, kind: LinkKind): Decoded<unknown> {
  const split = splitHash(hash);
  if (!split) return fail("no-link", kind);
  if (split.kind !== kind) return fail("wrong-kind", kind, split.kind);
  return readJson(kind, split.payload);
}

/** Reads `#run=…`. Never throws. */
export function decodeShare(hash: string, options: DecodeOptions = {}): Decoded<SharePayload> {
  return guarded("run", () => {
    const json = take(hash, "run");
    if (!json.ok) return json;
    const v = field(json.value, "v");
    if (v !== undefined && v !== SHARE_VERSION) return fail("unknown-version", "run", detailOf(v));
    return finish("run", read(readSharePayload, json.value), (p) => p.scenario, options);
  });
}

/** Reads `#assignment=…` (an AssignmentSchema object; defaults filled). Never throws. */
export function decodeAssignment(hash: string, options: DecodeOptions = {}): Decoded<Assignment> {
  return guarded("assignment", () => {
    const json = take(hash, "assignment");
    if (!json.ok) return json;
    const format = field(json.value, "format");
    if (format !== ASSIGNMENT_FORMAT)
      return fail(
        "wrong-format",
        "assignment",
        typeof format === "string" ? detailOf(format) : undefined,
      );
    const version = field(json.value, "version");
    if (version !== ASSIGNMENT_VERSION)
      return fail("unknown-version", "assignment", detailOf(version));
    return finish("assignment", read(readAssignment, json.value), (a) => a.scenario, options);
  });
}

/** Reads `#review=…`. Never throws. */
export function decodeReview(
  hash: string,
  options: DecodeOptions = {},
): Decoded<ReviewPayload & { assignment?: Assignment }> {
  return guarded("review", () => {
    const json = take(hash, "review");
    if (!json.ok) return json;
    const v = field(json.value, "v");
    if (v !== undefined && v !== SHARE_VERSION)
      return fail("unknown-version", "review", detailOf(v));
    return finish("review", read(readReviewPayload, json.value), (r) => r.run.scenario, options);
  });
}

/** Whatever sandbox link a hash holds. */
export type SandboxLink =
  | { kind: "none" }
  | { kind: "run"; result: Decoded<SharePayload> }
  | { kind: "assignment"; result: Decoded<Assignment> }
  | { kind: "review"; result: Decoded<ReviewPayload & { assignment?: Assignment }> };

/** Reads the page's hash: no link (a plain visit or an in-page anchor) or one of the three kinds. */
export function readSandboxHash(hash: string, options: DecodeOptions = {}): SandboxLink {
  const split = splitHash(hash);
  if (!split) return { kind: "none" };
  switch (split.kind) {
    case "run":
      return { kind: "run", result: decodeShare(hash, options) };
    case "assignment":
      return { kind: "assignment", result: decodeAssignment(hash, options) };
    case "review":
      return { kind: "review", result: decodeReview(hash, options) };
  }
}

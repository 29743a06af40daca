/**
 * Suspend data: the learner's progress inside a package, as the LMS keeps it between sessions
 * (SCORM's cmi.suspend_data, a cmi5 state document). SCORM 1.2 gives it 4,096 characters, so it is
 * written compactly rather than as JSON:
 *
 *   1.<saved>|<module>=<r|-><result>…|…|@<assignment>=<score><+|-><at>#<hash>
 *
 * where a result is a letter (A the quiz's attempts, Q a quiz assignment, S simulation, P plan,
 * W written), the score ×10,000 in base 36, + when it passed (- when not) and its time in epoch
 * seconds, base 36. A full course with every result fits in about 1,000 characters (a unit test
 * holds the limit). Reading it back never throws: the text is parsed, then checked with
 * SuspendDataSchema, and anything else is reported as unreadable.
 */
import {
  SuspendDataSchema,
  type SuspendData,
  type SuspendItem,
  type SuspendResult,
} from "../schemas/lms";

/** SCORM 1.2's limit on cmi.suspend_data (CMIString4096), the smallest of the three standards. */
export const SUSPEND_LIMIT = 4096;

const LETTERS: Record<SuspendItem, string> = {
  attempt: "A",
  quiz: "Q",
  simulation: "S",
  plan: "P",
  written: "W",
};
const ITEMS = Object.fromEntries(
  Object.entries(LETTERS).map(([item, letter]) => [letter, item as SuspendItem]),
);

const b36 = (n: number) => n.toString(36);
const scoreText = (score: number) => b36(Math.round(score * 10_000));
const resultText = (r: SuspendResult) => `${scoreText(r.score)}${r.passed ? "+" : "-"}${b36(r.at)}`;

/** An empty record, saved now. */
export function emptySuspend(savedAt: number): SuspendData {
  return { version: 1, savedAt, modules: {}, assignments: {} };
}

export function encodeSuspend(data: SuspendData): string {
  const parts = [`1.${b36(data.savedAt)}`];
  for (const id of Object.keys(data.modules).sort()) {
    const m = data.modules[id]!;
    const results = (Object.keys(LETTERS) as SuspendItem[])
      .filter((item) => m.results[item])
      .map((item) => LETTERS[item] + resultText(m.results[item]!));
    parts.push(`${id}=${m.read ? "r" : "-"}${results.join("")}`);
  }
  for (const id of Object.keys(data.assignments).sort()) {
    const a = data.assignments[id]!;
    parts.push(`@${id}=${resultText(a)}#${a.hash}`);
  }
  return parts.join("|");
}

export type SuspendRead =
  /** `data` is null when the LMS holds nothing yet (a first launch). */
  { ok: true; data: SuspendData | null } | { ok: false; text: string };

const HEADER = /^1\.([0-9a-z]{1,6})$/;
const MODULE =
  /^(\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*)=([r-])((?:[AQSPW][0-9a-z]{1,3}[+-][0-9a-z]{1,6})*)$/;
const RESULT = /([AQSPW])([0-9a-z]{1,3})([+-])([0-9a-z]{1,6})/g;
const ASSIGNMENT =
  /^@([a-z0-9]+(?:-[a-z0-9]+)*)=([0-9a-z]{1,3})([+-])([0-9a-z]{1,6})#([0-9a-f]{16})$/;

const result = (score: string, passed: string, at: string): SuspendResult => ({
  score: parseInt(score, 36) / 10_000,
  passed: passed === "+",
  at: parseInt(at, 36),
});

/** Parses the text; null at the first part that is not what encodeSuspend writes. */
function parse(text: string): unknown {
  const [head = "", ...rest] = text.split("|");
  const header = HEADER.exec(head);
  if (!header) return null;
  const data = { version: 1, savedAt: parseInt(header[1]!, 36), modules: {}, assignments: {} };
  const modules: Record<string, unknown> = data.modules;
  const assignments: Record<string, unknown> = data.assignments;
  for (const part of rest) {
    const a = ASSIGNMENT.exec(part);
    if (a) {
      if (assignments[a[1]!]) return null;
      assignments[a[1]!] = { ...result(a[2]!, a[3]!, a[4]!), hash: a[5]! };
      continue;
    }
    const m = MODULE.exec(part);
    if (!m || modules[m[1]!]) return null;
    const results: Record<string, SuspendResult> = {};
    for (const [, letter, score, passed, at] of m[3]!.matchAll(RESULT)) {
      const item = ITEMS[letter!]!;
      if (results[item]) return null;
      results[item] = result(score!, passed!, at!);
    }
    modules[m[1]!] = { read: m[2] === "r", results };
  }
  return data;
}

/** Reads suspend data from the LMS; never throws. */
export function decodeSuspend(text: string): SuspendRead {
  if (text.trim() === "") return { ok: true, data: null };
  const parsed = SuspendDataSchema.safeParse(parse(text.trim()));
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, text };
}

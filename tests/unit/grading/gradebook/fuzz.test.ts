/**
 * The gradebook's file intake under random and mutated files: every fixture (submissions, class
 * files, assignments) mutated thousands of ways — values swapped for hostile ones, fields deleted,
 * text truncated, bytes flipped, random JSON and random bytes — through the same path the page
 * takes (decode bytes → intake → check → rows → CSV and JSON). Nothing may throw, and nothing may
 * verify at a score no honest file has: a verified file is always graded as its honest run is.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { STATUSES } from "../../../../src/grading/verify";
import { parseAssignment } from "../../../../src/grading/submission";
import { checkFile } from "../../../../src/grading/gradebook/check-file";
import { gradebookCsv, gradebookJson } from "../../../../src/grading/gradebook/export";
import { buildRows, classView, learnerLines } from "../../../../src/grading/gradebook/gradebook";
import { intake, planBatch } from "../../../../src/grading/gradebook/intake";
import type { CheckedFile } from "../../../../src/grading/gradebook/file-result";
import { decodeText } from "../../../../src/lib/text-file";
import { dictionary } from "../../../../src/i18n";
import { makeT } from "../../../../src/i18n/t";

const FIXTURES = "tests/fixtures";
const officialParsed = parseAssignment(
  readFileSync(`${FIXTURES}/assignments/coffee-retention-sprint.json`, "utf8"),
);
if (!officialParsed.ok) throw new Error(officialParsed.message);
const official = officialParsed.assignment;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
const corpus = [
  ...filesUnder(`${FIXTURES}/submissions`),
  ...filesUnder(`${FIXTURES}/class`),
  ...filesUnder(`${FIXTURES}/assignments`),
].map((path) => readFileSync(path, "utf8"));

/** mulberry32: the same seed, the same files, every run. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  return { next, int, pick };
}
type Random = ReturnType<typeof generator>;

const HOSTILE: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1e308,
  -1e308,
  2147483647,
  0.1,
  "",
  "x".repeat(5000),
  "=cmd|' /C calc'!A0",
  "col-sim-0.9.0",
  "col-sim-1.0.0",
  "2099-01-01T00:00:00Z",
  "1970-01-01T00:00:00+14:00",
  "not a date",
  { toString: 1 },
  { valueOf: 2, toJSON: 3 },
  { __proto__: { polluted: true } },
  [],
  [1, 2, 3],
  [{ week: 1, set: { postsPerDay: 3 } }],
  { week: 1, set: { adBudget: 99999 } },
  "coffee-retention-sprint",
  "coffee-referral-sprint",
  "community-ops-lab/submission",
  "community-ops-lab/assignment",
  1,
  2,
  3,
  4,
  99,
];

/** Every path to a value inside a JSON value. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === "object")
    return [
      prefix,
      ...Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
        paths(v, [...prefix, k]),
      ),
    ];
  return [prefix];
}

function mutateJson(base: unknown, r: Random): unknown {
  const copy = structuredClone(base);
  const all = paths(copy).filter((p) => p.length > 0);
  const times = 1 + r.int(3);
  for (let i = 0; i < times && all.length; i++) {
    const path = r.pick(all);
    let parent = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) {
      const next = parent?.[key];
      if (!next || typeof next !== "object") break;
      parent = next as Record<string | number, unknown>;
    }
    const last = path[path.length - 1]!;
    if (!parent || typeof parent !== "object") continue;
    const roll = r.next();
    if (roll < 0.25) delete parent[last];
    else if (roll < 0.9) parent[last] = structuredClone(r.pick(HOSTILE));
    else if (typeof parent[last] === "number")
      parent[last] = (parent[last] as number) + (r.next() < 0.5 ? 1 : -1);
    else parent[last] = { nested: parent[last] };
  }
  return copy;
}

function mutateText(text: string, r: Random): string {
  const roll = r.next();
  if (roll < 0.3) return text.slice(0, r.int(text.length));
  if (roll < 0.6) {
    const at = r.int(text.length);
    return text.slice(0, at) + String.fromCharCode(r.int(0xffff)) + text.slice(at + 1);
  }
  if (roll < 0.8) return text.replace(/\d/, String(r.int(10)));
  return text + text;
}

function randomBytes(r: Random): Uint8Array {
  const bytes = new Uint8Array(r.int(400));
  for (let i = 0; i < bytes.length; i++) bytes[i] = r.int(256);
  return bytes;
}

function randomJson(r: Random, depth = 0): unknown {
  const roll = r.next();
  if (depth > 3 || roll < 0.3) return r.pick(HOSTILE);
  if (roll < 0.6) return Array.from({ length: r.int(4) }, () => randomJson(r, depth + 1));
  return Object.fromEntries(
    Array.from({ length: r.int(5) }, () => [
      r.pick(["format", "version", "learner", "run", "claimed", "score", "assignment", "x"]),
      randomJson(r, depth + 1),
    ]),
  );
}

const parsedCorpus = corpus.map((text) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
});

/** The batch the fuzz feeds, as bytes, like files dropped on the page. */
function batch(seed: number, size: number): { name: string; bytes: Uint8Array }[] {
  const r = generator(seed);
  const encoder = new TextEncoder();
  return Array.from({ length: size }, (_, i) => {
    const kind = r.next();
    const base = r.int(corpus.length);
    let bytes: Uint8Array;
    if (kind < 0.55 && parsedCorpus[base])
      bytes = encoder.encode(JSON.stringify(mutateJson(parsedCorpus[base], r)));
    else if (kind < 0.75) bytes = encoder.encode(mutateText(corpus[base]!, r));
    else if (kind < 0.9) bytes = encoder.encode(JSON.stringify(randomJson(r)));
    else bytes = randomBytes(r);
    return { name: `fuzz-${seed}-${i}.json`, bytes };
  });
}

/** The honest grades of the corpus's verified files: the only scores a verified file may have. */
const honestGrades = new Set(
  corpus
    .map((text) => checkFile("base.json", text, official))
    .filter((r) => r.status === "verified")
    .map((r) => r.score),
);

const SEEDS = [11, 22, 33, 44, 55, 66, 77, 88, 99, 110];
const PER_BATCH = 300;
const T = { "zh-cn": makeT(dictionary("zh-cn")), en: makeT(dictionary("en")) };

describe("fuzzing the gradebook's intake", { timeout: 120_000 }, () => {
  let fed = 0;
  let verified = 0;

  it.each(SEEDS)("batch %i: no crash, nothing verified that should not be", (seed) => {
    const files = batch(seed, PER_BATCH);
    const verdicts = planBatch(files.map((f) => ({ size: f.bytes.length })));
    const read = files.map((f, i) => ({
      name: f.name,
      size: f.bytes.length,
      verdict: verdicts[i]!,
      text: decodeText(f.bytes),
    }));
    const sorted = intake(read, 1, null, "2025-03-10T12:00:00Z");
    const results: { key: number; result: CheckedFile }[] = sorted.files.map((f) => ({
      key: f.key,
      result:
        f.text === null
          ? { ...checkFile(f.file, "", official), status: "invalid" }
          : checkFile(f.file, f.text, official),
    }));
    fed += files.length;
    for (const { result } of results) {
      expect(STATUSES).toContain(result.status);
      if (result.status === "verified") {
        verified += 1;
        expect(honestGrades.has(result.score), `${result.file} verified at ${result.score}`).toBe(
          true,
        );
      } else expect(result.score).toBeNull();
    }
    const rows = buildRows(results, official, seed % 2 ? "best" : "latest");
    expect(() => learnerLines(rows)).not.toThrow();
    expect(() => classView(rows)).not.toThrow();
    for (const lang of ["zh-cn", "en"] as const) {
      expect(gradebookCsv(rows, official, T[lang], lang)).toContain("\r\n");
      expect(
        JSON.parse(gradebookJson(rows, official, T[lang], lang, "2025-03-10T12:00:00Z")).rows,
      ).toHaveLength(rows.length);
    }
  });

  it("fed thousands of files", () => {
    expect(fed).toBe(SEEDS.length * PER_BATCH);
    // Mutants that keep a file honest (a new name, a new date) still verify.
    expect(verified).toBeGreaterThan(0);
    process.stdout.write(
      `gradebook intake fuzz: ${fed} files fed, ${verified} verified (each at an honest grade), 0 crashes\n`,
    );
  });
});

/**
 * A class's worth of honest submission files for one assignment, to load into the gradebook
 * (the 500-submission benchmark, manual checks). Learners get varied but reproducible
 * strategies, Chinese and English names, ids, submission times around the due date, and every
 * twentieth learner submits twice.
 *
 *   npx tsx scripts/make-class.ts --assignment tests/fixtures/assignments/coffee-retention-sprint.json \
 *     --count 500 --out /tmp/class-500
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Assignment } from "../src/schemas/assignment";
import { assignmentRun, buildSubmission, parseAssignment } from "../src/grading/submission";
import type { Decision, Levers } from "../src/sim/index";

const SURNAMES = [
  "王",
  "李",
  "张",
  "刘",
  "陈",
  "杨",
  "黄",
  "赵",
  "吴",
  "周",
  "徐",
  "孙",
  "马",
  "朱",
  "胡",
  "林",
];
const GIVEN = [
  "小明",
  "雨桐",
  "子涵",
  "浩然",
  "思远",
  "欣怡",
  "一诺",
  "梓萱",
  "俊杰",
  "佳琪",
  "宇航",
  "诗涵",
];
const ENGLISH = [
  "Ana Silva",
  "Ben Carter",
  "Chloé Martin",
  "Dev Patel",
  "Emma Jones",
  "Farah Khan",
  "Gus Olsen",
  "Hana Sato",
];

/** A small reproducible generator (mulberry32): the same index always gives the same learner. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const step = (r: () => number, min: number, max: number, by: number) =>
  min + Math.round((r() * (max - min)) / by) * by;
const tidy = (x: number) => Math.round(x * 1000) / 1000;

/** One learner's decisions: an opening set, and often a change later in the run. Locked levers are left alone. */
function strategy(r: () => number, assignment: Assignment): Decision[] {
  const locked = new Set(Object.keys(assignment.locked));
  const free = (set: Partial<Levers>): Partial<Levers> =>
    Object.fromEntries(Object.entries(set).filter(([k]) => !locked.has(k))) as Partial<Levers>;
  const opening = free({
    postsPerDay: step(r, 1, 6, 0.5),
    contentQuality: tidy(step(r, 0.3, 0.9, 0.05)),
    replyCoverage: tidy(step(r, 0.2, 1, 0.05)),
    eventsPerWeek: step(r, 0, 4, 1),
    segmentCare: tidy(step(r, 0, 0.8, 0.05)),
    ...(r() < 0.4 ? { ugcRewards: tidy(step(r, 0, 0.8, 0.05)) } : {}),
    ...(r() < 0.3 ? { rules: pick(r, ["basic", "strict"] as const) } : {}),
    ...(r() < 0.3 ? { moderationHours: step(r, 0, 10, 1) } : {}),
  });
  const decisions: Decision[] = [{ week: 1, set: opening }];
  if (r() < 0.6) {
    const week = 2 + Math.floor(r() * (assignment.weeks - 2));
    decisions.push({
      week,
      set: free({ monetization: tidy(step(r, 0, 0.6, 0.05)), eventsPerWeek: step(r, 1, 5, 1) }),
    });
  }
  return decisions;
}

export interface ClassFile {
  name: string;
  text: string;
}

/** `count` learners' submission files for `assignment` (plus a second submission from every twentieth). */
export function makeClass(assignment: Assignment, count: number, seed = 1): ClassFile[] {
  const due = Date.parse(assignment.due);
  const files: ClassFile[] = [];
  for (let i = 0; i < count; i++) {
    const r = generator(seed * 100_003 + i);
    const name = r() < 0.8 ? `${pick(r, SURNAMES)}${pick(r, GIVEN)}` : pick(r, ENGLISH);
    const id = `s${String(i + 1).padStart(4, "0")}`;
    // Most hand in during the last four days; about one in ten up to two days late.
    const at = due - 4 * 86_400_000 + Math.floor(r() * 4.4 * 86_400_000);
    const run = assignmentRun(assignment, strategy(r, assignment));
    const sub = buildSubmission({
      run,
      learner: { name, id },
      assignment,
      createdAt: new Date(at).toISOString(),
    });
    files.push({ name: `${id}.json`, text: JSON.stringify(sub, null, 2) });
    if (i % 20 === 19 && files.length < count) {
      const again = buildSubmission({
        run: assignmentRun(assignment, strategy(r, assignment)),
        learner: { name, id },
        assignment,
        createdAt: new Date(at + 3_600_000).toISOString(),
      });
      files.push({ name: `${id}-resubmitted.json`, text: JSON.stringify(again, null, 2) });
    }
    if (files.length >= count) break;
  }
  return files.slice(0, count);
}

function main() {
  const { values } = parseArgs({
    options: {
      assignment: { type: "string" },
      count: { type: "string", default: "500" },
      out: { type: "string" },
      seed: { type: "string", default: "1" },
    },
  });
  if (!values.assignment || !values.out) {
    process.stderr.write(
      "usage: npx tsx scripts/make-class.ts --assignment FILE --out DIR [--count 500] [--seed 1]\n",
    );
    process.exit(2);
  }
  const parsed = parseAssignment(readFileSync(values.assignment, "utf8"));
  if (!parsed.ok) {
    process.stderr.write(`--assignment ${values.assignment}: ${parsed.message}\n`);
    process.exit(2);
  }
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1 || count > 5000) {
    process.stderr.write("--count must be a whole number from 1 to 5000\n");
    process.exit(2);
  }
  mkdirSync(values.out, { recursive: true });
  const files = makeClass(parsed.assignment, count, Number(values.seed) || 1);
  for (const f of files) writeFileSync(join(values.out, f.name), f.text + "\n");
  process.stdout.write(`wrote ${files.length} submissions to ${values.out}\n`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) main();

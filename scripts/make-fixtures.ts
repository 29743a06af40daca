/**
 * Writes the verification fixtures in tests/fixtures/ from the current engine: an official
 * assignment, decision files, one submission for each status and each kind of tampering the
 * verifier must catch, and the class scenarios of the gradebook tests (tests/fixtures/class/).
 *
 * The fixtures are golden: a file that exists is left as it is, so files made by earlier versions
 * keep proving that they still verify. Only missing files are written:
 *   npx tsx scripts/make-fixtures.ts
 * After a change that bumps MODEL_VERSION, rewrite them all:
 *   npx tsx scripts/make-fixtures.ts --all
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ASSIGNMENT_FORMAT, ASSIGNMENT_VERSION, type Assignment } from "../src/schemas/assignment";
import type { Score, Submission } from "../src/schemas/submission";
import { assignmentRun, buildSubmission } from "../src/grading/submission";
import { CURRENT_RULE, RULES } from "../src/grading/rules";
import { scoreRun } from "../src/grading/score";
import { MODEL_VERSION, type Decision, type Run } from "../src/sim/index";
import { replayRun } from "../src/lib/scenarios";

const root = join(process.cwd(), "tests/fixtures");
const CREATED = "2025-03-10T12:00:00.000Z";
const all = process.argv.includes("--all");
const written: string[] = [];

function write(path: string, data: unknown): void {
  const file = join(root, path);
  if (existsSync(file) && !all) return;
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, typeof data === "string" ? data : JSON.stringify(data, null, 2) + "\n");
  written.push(path);
}

/** A score as files before version 3 carried it: without the rule it was computed with. */
function withoutRule(score: Score): Score {
  const { rule: _rule, ...rest } = score;
  return rest;
}

export const assignment: Assignment = {
  format: ASSIGNMENT_FORMAT,
  version: ASSIGNMENT_VERSION,
  id: "coffee-retention-sprint",
  title: { "zh-cn": "山谷咖啡：留存冲刺", en: "Valley Coffee: retention sprint" },
  instructions: {
    "zh-cn":
      "广告预算固定为每周 2000 元、裂变用阶梯奖励。用 26 周把新人第 4 周留存做到 50% 以上、第 20 周黏性达到 22%，同时让会员群达到 4000 人。",
    en: "Ads are fixed at ¥2,000 a week and referral at tiered rewards. In 26 weeks, lift newcomers' week-4 retention to 50%, stickiness to 22% by week 20, and grow the club to 4,000 members.",
  },
  scenario: "coffee-members",
  seed: 2025,
  weeks: 26,
  locked: { adBudget: 2000, referral: "tiered" },
  goals: [
    { metric: "members", op: ">=", value: 4000 },
    { metric: "retentionW4", op: ">=", value: 0.5 },
    { metric: "stickiness", op: ">=", value: 0.22, byWeek: 20 },
  ],
  passMark: 0.7,
  // Issued under the current model but the previous scoring rule (2), so the fixtures keep
  // testing that a file never picks its rule: the assignment does.
  rule: 2,
  modelVersion: MODEL_VERSION,
  due: "2025-04-01T23:59:00+08:00",
  createdAt: "2025-03-01T09:00:00+08:00",
};

const plan: Decision[] = [
  { week: 0, set: { replyCoverage: 0.8, segmentCare: 0.5 } },
  { week: 10, set: { eventsPerWeek: 3 } },
  { week: 20, set: { monetization: 0.3 } },
];
const learner = { name: "王小明 Wang Xiaoming", id: "s2025-017" };

/** A submission for `run` claiming what that run really gives, attached to the official assignment. */
function honest(run: Run, attach: Assignment | null = assignment): Submission {
  const sub = buildSubmission({
    run,
    learner,
    createdAt: CREATED,
    ...(attach ? { assignment: attach } : {}),
  });
  if (
    attach &&
    (run.seed !== attach.seed || run.scenario !== attach.scenario || run.weeks !== attach.weeks)
  ) {
    // Recompute the score the way a doctored browser would: on the run it actually made.
    sub.score = scoreRun(replayRun(run), attach.goals);
  }
  return sub;
}

const baseRun = assignmentRun(assignment, plan);
const valid = honest(baseRun);
const clone = (s: Submission): Submission => structuredClone(s);

const submissions: Record<string, unknown> = {};
submissions["valid.json"] = valid;
submissions["free-run.json"] = honest(
  {
    modelVersion: MODEL_VERSION,
    scenario: "wechat-parents",
    seed: 11,
    weeks: 20,
    decisions: [{ week: 0, set: { eventsPerWeek: 2 } }],
  },
  null,
);

const editedMetric = clone(valid);
editedMetric.claimed.final.members += 500;
submissions["edited-metric.json"] = editedMetric;

const editedHash = clone(valid);
editedHash.claimed.hash =
  editedHash.claimed.hash.slice(0, 15) + (editedHash.claimed.hash.endsWith("0") ? "1" : "0");
submissions["edited-hash.json"] = editedHash;

const editedStage = clone(valid);
const lastStage = editedStage.claimed.stages[editedStage.claimed.stages.length - 1];
if (lastStage) lastStage.stage = lastStage.stage === "maturity" ? "growth" : "maturity";
submissions["edited-stage.json"] = editedStage;

const editedScore = clone(valid);
editedScore.score.percent = 100;
submissions["edited-score.json"] = editedScore;

submissions["changed-seed.json"] = honest({ ...baseRun, seed: 7 });
submissions["changed-scenario.json"] = honest({ ...baseRun, scenario: "xhs-beauty-creator" });
submissions["changed-weeks.json"] = honest({ ...baseRun, weeks: 30 });

const editedAssignment = clone(valid);
if (editedAssignment.assignment) {
  editedAssignment.assignment.goals = editedAssignment.assignment.goals.map((g) => ({
    ...g,
    value: g.value / 2,
  }));
  editedAssignment.score = scoreRun(replayRun(baseRun), editedAssignment.assignment.goals);
}
submissions["edited-assignment.json"] = editedAssignment;

submissions["locked-lever-moved.json"] = honest({
  ...baseRun,
  decisions: [...baseRun.decisions, { week: 8, set: { adBudget: 6000 } }],
});
// The engine refuses to replay a value out of range, so the file claims the valid run's results.
const outOfRange = clone(valid);
outOfRange.run.decisions.push({ week: 5, set: { postsPerDay: 14 } });
submissions["out-of-range.json"] = outOfRange;
const unknownLever = clone(valid);
unknownLever.run.decisions.push({ week: 3, set: { postPerDay: 4 } });
submissions["unknown-lever.json"] = unknownLever;

const oldModel = clone(valid);
oldModel.run.modelVersion = "col-sim-0.9.0";
submissions["unknown-model-version.json"] = oldModel;

// A .txt file, so formatters leave it alone; verify reads any file it is named.
submissions["not-json.txt"] =
  '{ "format": "community-ops-lab/submission", "version": 1, this is not json\n';
submissions["wrong-format.json"] = { ...clone(valid), format: "community-ops-lab/plan" };
submissions["unknown-version.json"] = { ...clone(valid), version: 99 };

// Version 1 files were scored with full proportional credit for a missed goal: their claim is
// checked by that rule, and they are graded by the assignment's; a file of a later version
// claiming a score by the old rule is tampered.
const version1 = clone(valid);
version1.version = 1;
version1.score = withoutRule(scoreRun(replayRun(baseRun), assignment.goals, RULES[1]));
submissions["version-1.json"] = version1;
submissions["old-rule-score.json"] = {
  ...clone(valid),
  score: { ...scoreRun(replayRun(baseRun), assignment.goals, RULES[1]), rule: valid.score.rule },
};
const schemaBroken = clone(valid) as unknown as { claimed: Record<string, unknown> };
delete schemaBroken.claimed.hash;
submissions["schema-broken.json"] = schemaBroken;

// An assignment issued last year under an older model, and an honest file made for it then: this
// build cannot replay it (older-model, neutral).
const olderAssignment: Assignment = { ...assignment, modelVersion: "col-sim-0.9.0", rule: 2 };
const older = clone(valid);
older.assignment = olderAssignment;
older.run.modelVersion = "col-sim-0.9.0";
submissions["older-model.json"] = older;

// A valid run of another assignment in the same scenario (other-assignment, neutral).
const referralSprint: Assignment = {
  ...assignment,
  id: "coffee-referral-sprint",
  title: { "zh-cn": "山谷咖啡：裂变冲刺", en: "Valley Coffee: referral sprint" },
  instructions: {
    "zh-cn": "用 26 周把会员群做到 4000 人，广告预算固定为每周 2000 元。",
    en: "Grow the club to 4,000 members in 26 weeks; ads are fixed at ¥2,000 a week.",
  },
  locked: { adBudget: 2000 },
  goals: [{ metric: "members", op: ">=", value: 4000 }],
  rule: CURRENT_RULE.id as 3,
  modelVersion: MODEL_VERSION,
};
submissions["other-assignment.json"] = buildSubmission({
  run: assignmentRun(referralSprint, [{ week: 1, set: { referral: "tiered", postsPerDay: 3 } }]),
  learner,
  assignment: referralSprint,
  createdAt: CREATED,
});

// Class scenarios for the gradebook (tests/fixtures/class/): 李华's genuine file, an edited copy
// of it and a file of hers for another assignment; 王小明's run, and 张伟's copy of it under his
// own name; each against the official assignment above.
const person = (name: string, id: string, decisions: Decision[], createdAt: string) =>
  buildSubmission({
    run: assignmentRun(assignment, decisions),
    learner: { name, id },
    assignment,
    createdAt,
  });
const liHua = person(
  "李华",
  "s2025-031",
  [
    { week: 1, set: { postsPerDay: 6, eventsPerWeek: 0, replyCoverage: 0.3 } },
    { week: 6, set: { contentQuality: 0.4 } },
    { week: 14, set: { segmentCare: 0.1 } },
  ],
  "2025-03-28T20:15:00+08:00",
);
const liHuaEdited = clone(liHua);
liHuaEdited.claimed.final.members += 1200;
liHuaEdited.score = { ...liHuaEdited.score, percent: 92.5 };
liHuaEdited.createdAt = "2025-03-31T22:40:00+08:00";
const wang = person("王小明", "s2025-017", plan.slice(0), "2025-03-20T10:00:00+08:00");
const zhangCopy = { ...clone(wang), learner: { name: "张伟", id: "s2025-044" } };
zhangCopy.createdAt = "2025-03-21T09:30:00+08:00";
const zhangShifted = person(
  "张伟",
  "s2025-044",
  plan.map((d) => ({ ...d, week: Math.max(1, d.week) + 1 })),
  "2025-03-22T09:30:00+08:00",
);
const liHuaOther = buildSubmission({
  run: assignmentRun(referralSprint, [{ week: 1, set: { referral: "tiered" } }]),
  learner: { name: "李华", id: "s2025-031" },
  assignment: referralSprint,
  createdAt: "2025-03-30T08:00:00+08:00",
});
const liHuaOlder = { ...clone(older), learner: { name: "李华", id: "s2025-031" } };
const classFiles: Record<string, unknown> = {
  "li-hua.json": liHua,
  "li-hua-edited.json": liHuaEdited,
  "li-hua-other-assignment.json": liHuaOther,
  "li-hua-older-model.json": liHuaOlder,
  "wang-xiaoming.json": wang,
  "zhang-wei-copy.json": zhangCopy,
  "zhang-wei-shifted.json": zhangShifted,
};

// Personal seeds: each learner meets their own world; 张伟's copy of 李雷's file fails for his name.
const personal: Assignment = {
  ...assignment,
  id: "coffee-personal-sprint",
  title: { "zh-cn": "山谷咖啡：各自的世界", en: "Valley Coffee: a world of your own" },
  personalSeeds: true,
  rule: CURRENT_RULE.id as 3,
  modelVersion: MODEL_VERSION,
};
const liLei = buildSubmission({
  run: assignmentRun(personal, plan, { name: "李雷" }),
  learner: { name: "李雷" },
  assignment: personal,
  createdAt: CREATED,
});
classFiles["personal/li-lei.json"] = liLei;
classFiles["personal/zhang-wei-copy.json"] = { ...clone(liLei), learner: { name: "张伟" } };

write("assignments/coffee-retention-sprint.json", assignment);
write("assignments/older-model.json", olderAssignment);
write("assignments/coffee-referral-sprint.json", referralSprint);
write("assignments/coffee-personal-sprint.json", personal);
for (const [name, data] of Object.entries(classFiles)) write(`class/${name}`, data);
write("assignments/unknown-scenario.json", { ...assignment, id: "lost", scenario: "myspace-fans" });
write("assignments/not-json.txt", "{ this is not an assignment\n");
write("decisions/plan.json", plan);
write("decisions/unknown-lever.json", [{ week: 3, set: { postPerDay: 4 } }]);
write("decisions/out-of-range.json", { decisions: [{ week: 3, set: { postsPerDay: 40 } }] });
write("decisions/locked-move.json", [{ week: 4, set: { adBudget: 5000 } }]);
for (const [name, data] of Object.entries(submissions)) write(`submissions/${name}`, data);
process.stdout.write(
  written.length
    ? `wrote ${written.length} fixture files for model ${MODEL_VERSION}: ${written.join(", ")}\n`
    : "every fixture exists; nothing written (--all rewrites them)\n",
);

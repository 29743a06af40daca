/**
 * Writes the verification fixtures in tests/fixtures/ from the current engine, so they stay in
 * step with MODEL_VERSION: an official assignment, decision files, and one submission for each
 * kind of tampering the verifier must catch. Run after any change that bumps MODEL_VERSION:
 *   npx tsx scripts/make-fixtures.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ASSIGNMENT_FORMAT, ASSIGNMENT_VERSION, type Assignment } from "../src/schemas/assignment";
import type { Submission } from "../src/schemas/submission";
import { assignmentRun, buildSubmission } from "../src/grading/submission";
import { missedShareOf, scoreRun } from "../src/grading/score";
import { MODEL_VERSION, replay, type Decision, type Run } from "../src/sim/index";

const root = join(process.cwd(), "tests/fixtures");
const CREATED = "2025-03-10T12:00:00.000Z";

function write(path: string, data: unknown): void {
  const file = join(root, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, typeof data === "string" ? data : JSON.stringify(data, null, 2) + "\n");
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
    sub.score = scoreRun(replay(run), attach.goals);
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
  editedAssignment.score = scoreRun(replay(baseRun), editedAssignment.assignment.goals);
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

// Version 1 files were scored with full proportional credit for a missed goal: still verified
// under that rule; a current-version file claiming a score by the old rule is not.
const version1 = clone(valid);
version1.version = 1;
version1.score = scoreRun(replay(baseRun), assignment.goals, missedShareOf(1));
submissions["version-1.json"] = version1;
submissions["old-rule-score.json"] = { ...clone(valid), score: version1.score };
const schemaBroken = clone(valid) as unknown as { claimed: Record<string, unknown> };
delete schemaBroken.claimed.hash;
submissions["schema-broken.json"] = schemaBroken;

write("assignments/coffee-retention-sprint.json", assignment);
write("assignments/unknown-scenario.json", { ...assignment, id: "lost", scenario: "myspace-fans" });
write("assignments/not-json.txt", "{ this is not an assignment\n");
write("decisions/plan.json", plan);
write("decisions/unknown-lever.json", [{ week: 3, set: { postPerDay: 4 } }]);
write("decisions/out-of-range.json", { decisions: [{ week: 3, set: { postsPerDay: 40 } }] });
write("decisions/locked-move.json", [{ week: 4, set: { adBudget: 5000 } }]);
for (const [name, data] of Object.entries(submissions)) write(`submissions/${name}`, data);
process.stdout.write(
  `wrote ${Object.keys(submissions).length} submissions for model ${MODEL_VERSION} to tests/fixtures\n`,
);

import { MODEL_VERSION } from "../../../../src/sim/index";
/** Assignments and submissions made with the real engine, for the gradebook's unit tests. */
import {
  AssignmentSchema,
  type Assignment,
  type AssignmentInput,
} from "../../../../src/schemas/assignment";
import { assignmentRun, buildSubmission } from "../../../../src/grading/submission";
import type { Submission } from "../../../../src/schemas/submission";
import type { Decision } from "../../../../src/sim";
import type { CheckedFile } from "../../../../src/grading/gradebook/file-result";

export function makeAssignment(overrides: Partial<AssignmentInput> = {}): Assignment {
  return AssignmentSchema.parse({
    format: "community-ops-lab/assignment",
    version: 1,
    id: "asg-test",
    title: { "zh-cn": "冷启动挑战", en: "Cold-start challenge" },
    instructions: { "zh-cn": "把成员数做到 300。", en: "Grow to 300 members." },
    scenario: "wechat-parents",
    seed: 42,
    weeks: 12,
    locked: { adBudget: 0 },
    goals: [
      { metric: "members", op: ">=", value: 300 },
      { metric: "nps", op: ">=", value: 20, byWeek: 8 },
    ],
    passMark: 0.7,
    modelVersion: MODEL_VERSION,
    due: "2025-03-10T23:59:00+08:00",
    createdAt: "2025-03-01T09:00:00+08:00",
    ...overrides,
  });
}

export function makeSubmission(
  assignment: Assignment,
  learner: { name: string; id?: string },
  decisions: Decision[] = [{ week: 1, set: { postsPerDay: 3, replyCoverage: 0.9 } }],
  createdAt = "2025-03-05T10:00:00+08:00",
): Submission {
  return buildSubmission({
    run: assignmentRun(assignment, decisions),
    learner,
    assignment,
    createdAt,
  });
}

/** A checked file with only what a view-model test needs set. */
export function checked(overrides: Partial<CheckedFile> = {}): CheckedFile {
  return {
    file: "a.json",
    status: "verified",
    reason: null,
    notes: [],
    learner: { name: "张三", id: null },
    createdAt: "2025-03-05T10:00:00+08:00",
    score: 80,
    replayedScore: 80,
    goals: [],
    final: { members: 300, retentionW4: 0.5, stickiness: 0.2, nps: 10 },
    leversUsed: [],
    run: null,
    changes: null,
    ...overrides,
  };
}

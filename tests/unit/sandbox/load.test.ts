import { describe, expect, it } from "vitest";
import {
  encodeAssignment,
  encodeReview,
  encodeShare,
  toBase64Url,
} from "../../../src/lib/share-link";
import { AssignmentSchema, type Assignment } from "../../../src/schemas/assignment";
import type { SandboxSaved } from "../../../src/schemas/sandbox";
import { MODEL_VERSION } from "../../../src/sim/index";
import { defaultWork, resolveStart } from "../../../src/sandbox/load";
import { assignment as assignmentInput } from "./fixtures";
import { DEFAULT_SCENARIO_ID } from "../../../src/lib/scenarios";

const assignment: Assignment = AssignmentSchema.parse(assignmentInput);
const saved: SandboxSaved = {
  format: "community-ops-lab/sandbox",
  version: 1,
  current: {
    run: {
      scenario: "zsxq-ux-circle",
      seed: 9,
      weeks: 52,
      decisions: [{ week: 0, set: { postsPerDay: 4 } }],
      week: 12,
    },
  },
  mcRuns: 200,
  metric: "members",
};
const start = (hash: string, stored: SandboxSaved | null = null, search = "") =>
  resolveStart({ hash, search, stored, moduleAssignments: { "04-cold-start": assignment } });

describe("where the sandbox starts", () => {
  it("opens the default scenario on a first visit", () => {
    const s = start("");
    expect(s).toEqual({ work: defaultWork(), mode: "free", consumedLink: false });
    expect(s.work.run.scenario).toBe(DEFAULT_SCENARIO_ID);
  });

  it("resumes what the learner left", () => {
    expect(start("", saved).work).toEqual(saved.current);
  });

  it("opens a shared run at its end and keeps the learner's work to restore", () => {
    const s = start(
      encodeShare({
        modelVersion: MODEL_VERSION,
        scenario: "coffee-members",
        seed: 3,
        weeks: 30,
        decisions: [{ week: 4, set: { rules: "strict" } }],
        label: "方案 A",
      }),
      saved,
    );
    expect(s.work).toEqual({
      run: {
        scenario: "coffee-members",
        seed: 3,
        weeks: 30,
        decisions: [{ week: 4, set: { rules: "strict" } }],
        week: 30,
      },
      label: "方案 A",
    });
    expect(s.previous).toEqual(saved.current);
    expect(s.notice).toEqual({ type: "opened", kind: "run", previousKept: true });
    expect(s.consumedLink).toBe(true);
  });

  it("says when a shared run was made with another model version, and opens it all the same", () => {
    const run = { scenario: "coffee-members", seed: 3, weeks: 30, decisions: [] };
    const other = start(encodeShare({ ...run, modelVersion: "col-sim-0.9.0" }));
    expect(other.notice).toEqual({
      type: "opened",
      kind: "run",
      previousKept: false,
      otherModel: "col-sim-0.9.0",
    });
    expect(other.work.run).toEqual({ ...run, week: 30 });
    // A link from before links named their model says nothing about it.
    const older = start("#run=" + toBase64Url(JSON.stringify({ v: 1, ...run })));
    expect(older.notice).toEqual({ type: "opened", kind: "run", previousKept: false });
  });

  it("opens a challenge from an assignment link", () => {
    const s = start(encodeAssignment(assignment));
    expect(s.mode).toBe("challenge");
    expect(s.work.assignment).toEqual(assignment);
    expect(s.work.run).toEqual({
      scenario: "wechat-parents",
      seed: 2024,
      weeks: 26,
      decisions: [],
      week: 0,
    });
  });

  it("opens a module's challenge from ?assignment=NN-slug", () => {
    const s = start("", null, "?assignment=04-cold-start");
    expect(s.mode).toBe("challenge");
    expect(s.work.assignment?.id).toBe("module-04-cold-start");
  });

  it("resumes the same challenge instead of restarting it", () => {
    const inProgress: SandboxSaved = {
      ...saved,
      current: {
        run: { ...saved.current.run, scenario: "wechat-parents", seed: 2024, weeks: 26, week: 7 },
        assignment,
      },
    };
    const s = start(encodeAssignment(assignment), inProgress);
    expect(s.work).toEqual(inProgress.current);
    expect(s.notice).toEqual({ type: "resumed-challenge" });
  });

  it("shows a learner's run read-only without touching the saved work", () => {
    const s = start(
      encodeReview({
        learner: { name: "李雷" },
        run: {
          modelVersion: "x",
          scenario: "wechat-parents",
          seed: 2024,
          weeks: 26,
          decisions: [],
        },
        assignment,
      }),
      saved,
    );
    expect(s.mode).toBe("review");
    expect(s.reviewer).toEqual({ name: "李雷", modelVersion: "x" });
    expect(s.work.run.week).toBe(26);
    expect(s.previous).toBeUndefined();
    expect(s.consumedLink).toBe(false);
  });

  it.each([
    ["#run=%%%", "run", "not-base64"],
    ["#run=" + toBase64Url('{"v":1,"scenario":"coffee-members"'), "run", "not-json"],
    [
      "#assignment=" + toBase64Url(JSON.stringify({ ...assignment, seed: -1 })),
      "assignment",
      "invalid",
    ],
    ["#review=", "review", "empty"],
  ])("a malformed link %s keeps the learner's work and says why", (hash, kind, code) => {
    const s = start(hash, saved);
    expect(s.work).toEqual(saved.current);
    expect(s.notice).toMatchObject({ type: "link-error", kind, code });
  });

  it("says so when a module challenge does not exist", () => {
    expect(start("", null, "?assignment=99-nothing").notice).toMatchObject({
      type: "link-error",
      code: "unknown-assignment",
    });
  });

  it("treats an ordinary anchor as no link", () => {
    expect(start("#sbx-charts-title", saved).notice).toBeUndefined();
  });
});

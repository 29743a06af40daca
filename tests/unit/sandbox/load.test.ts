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
import {
  defaultWork,
  openedMessage,
  resolveStart,
  type StartNotice,
} from "../../../src/sandbox/load";
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
/** A run on the coffee scenario, as a link carries it (decisions apart). */
const coffee = { modelVersion: MODEL_VERSION, scenario: "coffee-members", seed: 3, weeks: 30 };
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
    expect(start("#sbx-results", saved).notice).toBeUndefined();
  });

  it("opens a shared run without its decisions that change nothing", () => {
    // The planner writes the rules a plan names even when they are the scenario's own (basic).
    const s = start(
      encodeShare({
        ...coffee,
        decisions: [
          { week: 0, set: { rules: "basic", postsPerDay: 4 } },
          { week: 6, set: { transform: "none" } },
        ],
      }),
    );
    expect(s.work.run.decisions).toEqual([{ week: 0, set: { postsPerDay: 4 } }]);
  });
});

describe("what the banner says a link opened", () => {
  const modules = [
    { number: 4, slug: "cold-start", title: "冷启动" },
    { number: 8, slug: "growth-referral", title: "增长与裂变" },
  ];
  const opened = (hash: string) => {
    const notice = start(hash).notice as Extract<StartNotice, { type: "opened" }>;
    return openedMessage(notice, modules);
  };
  const withOrigin = (origin: unknown) =>
    "#run=" + toBase64Url(JSON.stringify({ v: 1, ...coffee, decisions: [], origin }));

  it.each([
    [
      "a module's embed names the module, from the course's own list",
      { kind: "module", module: "cold-start" },
      { key: "opened.fromModule", values: { n: 4, title: "冷启动" } },
    ],
    [
      "a plan names the plan",
      { kind: "plan", name: " 春季拉新方案 " },
      { key: "opened.fromPlan", values: { name: "春季拉新方案" } },
    ],
    ["an unnamed plan says it is a plan", { kind: "plan" }, { key: "opened.fromUnnamedPlan" }],
    [
      "a plan name that looks like HTML is only ever text",
      { kind: "plan", name: "<img src=x onerror=alert(1)>" },
      { key: "opened.fromPlan", values: { name: "<img src=x onerror=alert(1)>" } },
    ],
    [
      "a module this course does not have is a shared run",
      { kind: "module", module: "99-made-up" },
      { key: "opened.run" },
    ],
    [
      "a module named by anything but a slug is a shared run",
      { kind: "module", module: "../../evil" },
      { key: "opened.run" },
    ],
    ["an origin of an unknown kind is a shared run", { kind: "teacher" }, { key: "opened.run" }],
    ["an origin that is not an object is a shared run", "module", { key: "opened.run" }],
    [
      "an origin with more than it should carry is a shared run",
      { kind: "module", module: "cold-start", title: "<b>Official</b>" },
      { key: "opened.run" },
    ],
  ])("%s", (_what, origin, message) => {
    expect(opened(withOrigin(origin))).toEqual(message);
  });

  it("a link with no origin is a shared run, and still opens", () => {
    const hash = encodeShare({ ...coffee, decisions: [] });
    expect(opened(hash)).toEqual({ key: "opened.run" });
    expect(start(hash).work.run.scenario).toBe("coffee-members");
  });

  it("an assignment link is an assignment, whatever else it says", () => {
    const notice = start(encodeAssignment(assignment)).notice as Extract<
      StartNotice,
      { type: "opened" }
    >;
    expect(openedMessage(notice, modules)).toEqual({ key: "opened.assignment" });
  });
});

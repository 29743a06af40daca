import { describe, expect, it } from "vitest";
import { AssignmentSchema } from "../../../src/schemas/assignment";
import type { SandboxWork } from "../../../src/schemas/sandbox";
import { defaultWork } from "../../../src/sandbox/load";
import {
  initialSandbox,
  sandboxReducer,
  type SandboxAction,
  type SandboxState,
} from "../../../src/sandbox/reducer";
import { getScenario } from "../../../src/lib/scenarios";
import { assignment as assignmentInput } from "./fixtures";

const assignment = AssignmentSchema.parse(assignmentInput);
const free = (): SandboxState =>
  initialSandbox({ work: defaultWork(), mode: "free", consumedLink: false }, null);
const challenge = (): SandboxState =>
  initialSandbox(
    {
      work: {
        run: { scenario: "wechat-parents", seed: 2024, weeks: 26, decisions: [], week: 0 },
        assignment,
      },
      mode: "challenge",
      consumedLink: false,
    },
    null,
  );
const run = (state: SandboxState, ...actions: SandboxAction[]) =>
  actions.reduce(sandboxReducer, state);
const submitted: SandboxAction = {
  type: "submit",
  submit: { state: "done", fileName: "a.json", percent: 80, passed: true, recorded: true },
};

describe("the sandbox's state", () => {
  it.each<[string, SandboxAction]>([
    ["a step", { type: "step" }],
    ["a lever", { type: "lever", name: "postsPerDay", value: 4 }],
    ["undo", { type: "undo" }],
    ["reset", { type: "reset" }],
    ["a new seed", { type: "seed", seed: 9 }],
  ])("%s clears a submission's result: it no longer speaks for the run", (_name, action) => {
    const state = run(challenge(), { type: "step" }, submitted, action);
    expect(state.submit).toEqual({ state: "none" });
  });

  it("a week played keeps the submission's result", () => {
    expect(run(challenge(), submitted, { type: "tick" }).submit.state).toBe("done");
  });

  it("stops playing at the last week", () => {
    const state = run(free(), { type: "play" }, { type: "run-to-end" }, { type: "play" });
    expect(state.work.run.week).toBe(state.work.run.weeks);
    expect(state.playing).toBe(false);
    const almost = run(free(), { type: "run-to-end" }, { type: "undo" }, { type: "play" });
    expect(almost.playing).toBe(true);
    expect(sandboxReducer(almost, { type: "tick" }).playing).toBe(false);
  });

  it("a challenge's locked lever cannot be changed", () => {
    const before = challenge();
    expect(run(before, { type: "lever", name: "adBudget", value: 500 }).work.run).toEqual(
      before.work.run,
    );
    const moved = run(before, { type: "lever", name: "postsPerDay", value: 4 });
    expect(moved.work.run.decisions).toEqual([{ week: 0, set: { postsPerDay: 4 } }]);
  });

  it("pins run A with the challenge's locks, so it replays on its own", () => {
    const state = run(
      challenge(),
      { type: "lever", name: "postsPerDay", value: 4 },
      { type: "pin" },
    );
    expect(state.pinned?.decisions).toEqual([
      { week: 0, set: { adBudget: 0, referral: "off", monetization: 0 } },
      { week: 0, set: { postsPerDay: 4 } },
    ]);
  });

  it("leaving a challenge keeps the work one click away", () => {
    const worked = run(challenge(), { type: "step" });
    const left = run(worked, { type: "leave" });
    expect(left.mode).toBe("free");
    expect(left.work.assignment).toBeUndefined();
    expect(left.previous).toEqual(worked.work);
    const back = run(left, { type: "restore-previous" });
    expect(back.mode).toBe("challenge");
    expect(back.work).toEqual(worked.work);
  });

  it("leaving a review goes back to the learner's own saved work", () => {
    const own: SandboxWork = { run: { ...defaultWork().run, week: 7 } };
    const review = initialSandbox(
      {
        work: defaultWork(getScenario("zsxq-ux-circle")),
        mode: "review",
        reviewer: { name: "李雷", modelVersion: "x" },
        consumedLink: false,
      },
      null,
    );
    const left = run(review, { type: "leave", own });
    expect(left).toMatchObject({ mode: "free", reviewer: null, work: own });
  });

  it("a link with nothing to say leaves the page as it is", () => {
    const state = run(free(), { type: "step" });
    expect(
      sandboxReducer(state, {
        type: "link",
        start: { work: defaultWork(), mode: "free", consumedLink: false },
      }),
    ).toBe(state);
  });

  it("a personal seed starts the learner's own world from week 0", () => {
    const state = run(challenge(), { type: "step" }, { type: "personal-seed", seed: 4242 });
    expect(state.work.run).toMatchObject({ seed: 4242, week: 0, decisions: [] });
  });
});

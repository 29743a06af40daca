import { describe, expect, it } from "vitest";
import { AssignmentSchema } from "../../../src/schemas/assignment";
import { verifySubmission } from "../../../src/grading/verify";
import { localIso, prepareSubmission, submissionFileName } from "../../../src/sandbox/submit";
import { moduleIdOf } from "../../../src/sandbox/view";
import { newSession, sessionRun, setLever, runToEnd } from "../../../src/sandbox/session";
import { assignment as input } from "./fixtures";
import { getScenario, replayRun } from "../../../src/lib/scenarios";

const assignment = AssignmentSchema.parse(input);

describe("submitting a challenge", () => {
  it("makes a file the verifier accepts", () => {
    const scenario = getScenario(assignment.scenario)!;
    const locks = assignment.locked;
    let session = { ...newSession(scenario), seed: assignment.seed, weeks: assignment.weeks };
    session = setLever(session, scenario, "replyCoverage", 0.9, locks);
    session = runToEnd(session);
    const run = sessionRun(session, locks);
    const prepared = prepareSubmission({
      run,
      result: replayRun(run),
      assignment,
      learner: { name: "韩梅梅" },
      createdAt: "2026-02-01T10:00:00+08:00",
    });
    const verdict = verifySubmission(prepared.text, { assignment });
    expect(verdict.status).toBe("verified");
    expect(verdict.score).toBe(prepared.submission.score.percent);
    expect(prepared.passed).toBe(prepared.submission.score.percent / 100 >= assignment.passMark);
  });

  it.each([
    ["module-04-cold-start", "04-cold-start"],
    ["module-12-lifecycle", "12-lifecycle"],
    ["spring-cohort-1", null],
    ["module-4-x", null],
  ])("%s belongs to module %s", (id, expected) => {
    expect(moduleIdOf(id)).toBe(expected);
  });

  it.each([
    ["韩梅梅", "module-04-cold-start-韩梅梅-2026-02-01.json"],
    ["Ann O'Neil / 2", "module-04-cold-start-Ann-O-Neil-2-2026-02-01.json"],
    ["../..", "module-04-cold-start-learner-2026-02-01.json"],
  ])("names the file for %s", (name, expected) => {
    expect(submissionFileName("module-04-cold-start", name, "2026-02-01T10:00:00+08:00")).toBe(
      expected,
    );
  });

  it("writes local time with its offset", () => {
    expect(localIso(new Date("2026-02-01T10:00:00Z"))).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/,
    );
  });
});

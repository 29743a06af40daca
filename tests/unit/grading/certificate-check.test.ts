import { describe, expect, it } from "vitest";
import { certificateEvidence } from "../../../src/grading/certificate-check";
import type { CertificateModule } from "../../../src/grading/certificate";
import { makeAssignment, makeSubmission } from "./gradebook/fixtures";

const sim = makeAssignment({ id: "module-04-cold-start" });
const own = makeSubmission(sim, { name: "李华" });
const percent = own.score.percent;
const text = (s: unknown) => JSON.stringify(s);
const at = "2025-03-05T10:00:00.000Z";
const mod = (id: string, assignmentBest: number | null): CertificateModule => ({
  id,
  quizBest: 0.9,
  assignmentBest,
  completedAt: at,
});

describe("what a certificate's scores rest on", () => {
  const check = (recorded: number | null, files: { name: string; text: string }[], name = "李华") =>
    certificateEvidence([mod("00-orientation", 0.9), mod("04-cold-start", recorded)], name, files, {
      "04-cold-start": sim,
    });

  it("a quiz or plan score is recorded in the browser: nothing to replay", () => {
    expect(check(percent / 100, [])[0]?.evidence).toEqual({ kind: "browser" });
  });

  it("a simulation score without its file says so", () => {
    expect(check(percent / 100, [])[1]?.evidence).toEqual({ kind: "no-file" });
  });

  it("the learner's own file replays to the recorded score", () => {
    expect(check(percent / 100, [{ name: "own.json", text: text(own) }])[1]?.evidence).toEqual({
      kind: "verified",
      file: "own.json",
      percent,
    });
  });

  it("a handcrafted progress file recording more than the run gives is caught", () => {
    expect(
      check(Math.min(1, percent / 100 + 0.3), [{ name: "own.json", text: text(own) }])[1]?.evidence,
    ).toMatchObject({ kind: "higher-than-files", percent });
  });

  it("an edited file does not back the score", () => {
    const edited = structuredClone(own);
    edited.score.percent = 100;
    expect(check(1, [{ name: "edited.json", text: text(edited) }])[1]?.evidence).toMatchObject({
      kind: "not-verified",
      status: "tampered",
    });
  });

  it("someone else's file does not back the certificate's name", () => {
    expect(
      check(percent / 100, [{ name: "own.json", text: text(own) }], "张伟")[1]?.evidence,
    ).toEqual({ kind: "other-name", file: "own.json", name: "李华" });
  });
});

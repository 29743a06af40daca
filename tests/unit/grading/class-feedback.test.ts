import { describe, expect, it } from "vitest";
import { feedbackFor } from "../../../src/grading/class-feedback";
import { classFeedbackFile } from "../../../src/grading/gradebook/export";
import { ClassFeedbackSchema, FeedbackSchema } from "../../../src/schemas/feedback";
import { parseFeedbackFile } from "../../../src/lib/light/progress";
import { makeAssignment } from "./gradebook/fixtures";

const assignment = makeAssignment({ title: { "zh-cn": "冷启动挑战", en: "Cold start" } });
const at = "2025-03-12T10:00:00.000Z";
const lines = [
  { key: "id:s-1", learner: { name: "李华", id: "S-1" } },
  { key: "id:s-2", learner: { name: "王芳", id: "S-2" } },
  { key: "id:s-3", learner: { name: "王芳", id: "S-3" } },
  { key: "name:ana silva", learner: { name: "Ana Silva", id: null } },
  { key: "name:no comment", learner: { name: "No Comment", id: null } },
];
const comments = {
  "id:s-1": { text: "留存做得好，下次早点开社群活动。", moduleId: "04-cold-start", updatedAt: at },
  "id:s-2": { text: "注意每周投入的小时数。", updatedAt: at },
  "id:s-3": { text: "第 10 周之后的调整很到位。", updatedAt: at },
  "name:ana silva": { text: "Strong referral design.", updatedAt: at },
  "name:no comment": { text: "   ", updatedAt: at },
};
const file = classFeedbackFile(lines, comments, assignment, "陈老师", at)!;

describe("the class's feedback as one file", () => {
  it("holds every learner with a comment, once, and reads back in the learner's browser without zod", () => {
    expect(ClassFeedbackSchema.safeParse(file).success).toBe(true);
    expect(file.learners.map((l) => l.learner.name)).toEqual(["李华", "王芳", "王芳", "Ana Silva"]);
    const read = parseFeedbackFile(JSON.stringify(file));
    expect(read).toEqual({ ok: true, value: { kind: "class", feedback: file } });
  });

  it.each([
    ["李华", "留存做得好，下次早点开社群活动。"],
    ["s-1", "留存做得好，下次早点开社群活动。"],
    ["  ana   SILVA ", "Strong referral design."],
    ["S-3", "第 10 周之后的调整很到位。"],
  ])("%s takes out only their own comment", (who, text) => {
    const found = feedbackFor(file, who);
    if (!found.ok) throw new Error(found.code);
    expect(found.feedback.comments.map((c) => c.text)).toEqual([text]);
    expect(FeedbackSchema.safeParse(found.feedback).success).toBe(true);
    expect(JSON.stringify(found.feedback)).not.toContain(
      "Strong referral design." === text ? "留存" : "Strong",
    );
  });

  it.each([
    ["王芳", "several"],
    ["张伟", "none"],
    ["", "none"],
  ])("%s → %s", (who, code) => {
    expect(feedbackFor(file, who)).toEqual({ ok: false, code });
  });

  it("no comments, no file", () => {
    expect(classFeedbackFile(lines, {}, assignment, "陈老师", at)).toBeNull();
  });
});

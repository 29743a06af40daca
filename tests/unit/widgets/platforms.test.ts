import { describe, expect, it } from "vitest";
import { answeredCount, PLATFORMS, QUESTIONS, rank } from "../../../src/widgets/platforms";

describe("rank recommends the carrier the course teaches for each case community", () => {
  it.each([
    {
      name: "Valley Coffee: customers already on WeChat, free, domestic",
      answers: {
        where: "wechat",
        paid: "free",
        international: "no",
        visual: "no",
        roles: "no",
        archive: "no",
      },
      top: "wechat",
    },
    {
      name: "Tidelight: an international indie game with roles and bots",
      answers: {
        where: "overseas",
        paid: "free",
        international: "yes",
        visual: "yes",
        roles: "yes",
        archive: "yes",
      },
      top: "discord",
    },
    {
      name: "UX Craft Circle: paid, with a searchable archive",
      answers: {
        where: "wechat",
        paid: "paid",
        international: "no",
        visual: "no",
        roles: "no",
        archive: "yes",
      },
      top: "zsxq",
    },
    {
      name: "Xiaoman: found through 小红书, visual content",
      answers: {
        where: "feeds",
        paid: "free",
        international: "no",
        visual: "yes",
        roles: "no",
        archive: "no",
      },
      top: "xiaohongshu",
    },
    {
      name: "nobody gathered yet, visual interest content: cold start on 小红书",
      answers: { where: "none", visual: "yes" },
      top: "xiaohongshu",
    },
  ])("$name → $top", ({ answers, top }) => {
    const ranked = rank(answers);
    expect(ranked[0]?.platform).toBe(top);
    expect(ranked.map((r) => r.platform).sort()).toEqual([...PLATFORMS].sort());
    for (const r of ranked) expect(r.score).toBe(r.because.reduce((s, b) => s + b.points, 0));
  });

  it("an international community is steered away from WeChat groups", () => {
    const wechat = rank({ international: "yes" }).find((r) => r.platform === "wechat");
    expect(wechat?.because).toEqual([{ question: "international", answer: "yes", points: -2 }]);
  });

  it.each([
    [{}, 0],
    [{ where: "wechat" }, 1],
    [{ where: "nonsense", paid: "free" }, 1],
    [Object.fromEntries(QUESTIONS.map((q) => [q.id, q.answers[0]?.id])), QUESTIONS.length],
  ])("answeredCount(%j) = %i and unknown answers score nothing", (answers, count) => {
    expect(answeredCount(answers)).toBe(count);
    if (count === 0) expect(rank(answers).every((r) => r.score === 0)).toBe(true);
  });

  it("keeps the fixed order on ties", () => {
    expect(rank({}).map((r) => r.platform)).toEqual([...PLATFORMS]);
  });
});

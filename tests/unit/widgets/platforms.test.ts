import { describe, expect, it } from "vitest";
import { answeredCount, PLATFORMS, QUESTIONS, rank } from "../../../src/widgets/platforms";

const NONE = { visual: "no", roles: "no", archive: "no" };

describe("rank recommends the carrier the course teaches for each case community", () => {
  it.each([
    {
      name: "Valley Coffee: a team of staff who change, customers owned by the company, tags and bulk messages",
      answers: {
        ...NONE,
        where: "wechat",
        paid: "free",
        international: "no",
        team: "team",
        turnover: "yes",
        owner: "company",
        tags: "yes",
      },
      top: "wecom",
    },
    {
      name: "Wutong parents: one volunteer, parents already on WeChat, no tags",
      answers: {
        ...NONE,
        where: "wechat",
        paid: "free",
        international: "no",
        team: "solo",
        turnover: "no",
        owner: "person",
        tags: "no",
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
        team: "solo",
        turnover: "no",
        owner: "company",
        tags: "no",
      },
      top: "discord",
    },
    {
      name: "UX Craft Circle: paid, with a searchable archive, run by its creator",
      answers: {
        ...NONE,
        where: "wechat",
        paid: "paid",
        international: "no",
        archive: "yes",
        team: "solo",
        turnover: "no",
        owner: "person",
        tags: "no",
      },
      top: "zsxq",
    },
    {
      name: "Xiaoman: found through 小红书, visual content",
      answers: {
        ...NONE,
        where: "feeds",
        paid: "free",
        international: "no",
        visual: "yes",
        team: "solo",
        turnover: "no",
        owner: "person",
        tags: "no",
      },
      top: "xhs",
    },
    {
      name: "a university club whose students are on QQ and want shared files and admins",
      answers: {
        ...NONE,
        where: "qq",
        paid: "free",
        international: "no",
        roles: "yes",
        archive: "yes",
      },
      top: "qq",
    },
    {
      name: "nobody gathered yet, visual interest content: cold start on 小红书",
      answers: { where: "none", visual: "yes" },
      top: "xhs",
    },
  ])("$name → $top", ({ answers, top }) => {
    const ranked = rank(answers);
    expect(ranked[0]?.platform).toBe(top);
    expect(ranked.map((r) => r.platform).sort()).toEqual([...PLATFORMS].sort());
    for (const r of ranked) expect(r.score).toBe(r.because.reduce((s, b) => s + b.points, 0));
  });

  it.each([
    ["turnover", "yes"],
    ["owner", "company"],
    ["tags", "yes"],
  ])("answering %s = %s puts WeCom above personal WeChat", (question, answer) => {
    const ranked = rank({ where: "wechat", [question]: answer });
    const place = (p: string) => ranked.findIndex((r) => r.platform === p);
    expect(place("wecom")).toBeLessThan(place("wechat"));
  });

  it("a creator whose members come for her keeps personal WeChat above WeCom", () => {
    const ranked = rank({ where: "wechat", team: "solo", owner: "person", tags: "no" });
    const place = (p: string) => ranked.findIndex((r) => r.platform === p);
    expect(place("wechat")).toBeLessThan(place("wecom"));
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

import { describe, expect, it } from "vitest";
import {
  checkPlan,
  EXAMPLE,
  EXAMPLE_EN,
  sloganLength,
  weeklyMinutes,
  type CulturePlan,
  type Ritual,
} from "../../../src/widgets/rituals";

const ritual = (over: Partial<Ritual>): Ritual => ({
  id: 0,
  name: "周五作品诊所",
  cadence: "weekly",
  actor: "members",
  value: 0,
  symbol: "",
  minutes: 30,
  ...over,
});

/** UX Craft Circle's culture as module 6 tells it: passes every check. */
const GOOD: CulturePlan = {
  values: ["作品说话", "互相点评", ""],
  slogan: "作品说话",
  rituals: [
    ritual({ id: 0, name: "周五作品诊所", actor: "both", value: 0, minutes: 60 }),
    ritual({ id: 1, name: "互评帖", actor: "members", value: 1, symbol: "✎", minutes: 10 }),
    ritual({ id: 2, name: "周年作品展", cadence: "yearly", actor: "both", value: 0, minutes: 600 }),
  ],
  welcome: ["rules", "intro", "reply", "firstTask"],
  hours: 2,
};

const failing = (plan: CulturePlan) =>
  checkPlan(plan)
    .filter((c) => !c.ok)
    .map((c) => c.id);

describe("checkPlan judges a culture plan the way module 6 does", () => {
  it("passes a plan where every link of the chain holds", () => {
    expect(failing(GOOD)).toEqual([]);
  });

  it("fails the example draft on exactly the mistakes it was written to show", () => {
    expect(failing(EXAMPLE)).toEqual(["slogan", "rhythm", "members", "welcome", "symbols"]);
    expect(failing(EXAMPLE_EN)).toEqual(failing(EXAMPLE));
    const welcome = checkPlan(EXAMPLE).find((c) => c.id === "welcome");
    expect(welcome?.items).toEqual(["intro", "reply", "atAll", "redPacket"]);
  });

  it.each([
    ["no value at all", { values: ["", "", ""] }, ["values", "valuesEnacted", "ritualsTied"]],
    ["a slogan of 13 characters", { slogan: "作品说话作品说话作品说话作" }, ["slogan"]],
    [
      "a slogan of nine words",
      { slogan: "one two three four five six seven eight nine" },
      ["slogan"],
    ],
    [
      "a value no ritual expresses",
      { values: ["作品说话", "互相点评", "准时交稿"] },
      ["valuesEnacted"],
    ],
    ["no yearly ritual", { rituals: GOOD.rituals.slice(0, 2) }, ["rhythm"]],
    [
      "a red packet in the welcome",
      { welcome: ["rules", "intro", "reply", "redPacket"] },
      ["welcome"],
    ],
    [
      "five welcome steps",
      { welcome: ["rules", "intro", "reply", "firstTask", "longDoc"] },
      ["welcome"],
    ],
    ["no member to answer the newcomer", { welcome: ["rules", "intro", "firstTask"] }, ["welcome"]],
    ["only one hour a week", { hours: 1 }, ["time"]],
  ] satisfies [string, Partial<CulturePlan>, string[]][])(
    "%s fails only its own checks",
    (_name, change, ids) => {
      expect(failing({ ...GOOD, ...change })).toEqual(ids);
    },
  );

  it("a ritual that names no value, or a blank one, is an event, not a ritual", () => {
    const orphan = ritual({ id: 9, name: "抽奖", value: -1 });
    const blank = ritual({ id: 10, name: "打卡", value: 2 });
    const check = checkPlan({ ...GOOD, rituals: [...GOOD.rituals, orphan, blank] }).find(
      (c) => c.id === "ritualsTied",
    );
    expect(check).toMatchObject({ ok: false, items: ["抽奖", "打卡"] });
  });

  it("rituals carried by the operator alone fail once they are more than half", () => {
    const operatorOnly = GOOD.rituals.map((r) => ({ ...r, actor: "operator" as const }));
    expect(failing({ ...GOOD, rituals: operatorOnly })).toEqual(["members", "symbols"]);
    const half = operatorOnly.map((r, i) => (i === 1 ? { ...r, actor: "members" as const } : r));
    expect(failing({ ...GOOD, rituals: [...half, ritual({ id: 5, value: 1 })] })).toEqual([]);
  });
});

describe("the figures behind the checks", () => {
  it.each([
    ["作品说话", { unit: "chars", length: 4 }],
    ["作品 说话！", { unit: "chars", length: 4 }],
    ["Let the work speak", { unit: "words", length: 4 }],
    ["   ", { unit: "words", length: 0 }],
  ])("sloganLength(%j)", (slogan, expected) => {
    expect(sloganLength(slogan)).toEqual(expected);
  });

  it("spreads monthly and yearly rituals over the weeks", () => {
    expect(
      weeklyMinutes([
        ritual({ minutes: 60 }),
        ritual({ cadence: "monthly", minutes: 120 }),
        ritual({ cadence: "yearly", minutes: 520 }),
      ]),
    ).toBe(60 + 30 + 10);
  });
});

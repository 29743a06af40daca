import { describe, expect, it } from "vitest";
import {
  hasQuantity,
  isPlaceholder,
  listItems,
  textProblem,
  textUnits,
} from "../../../src/grading/text";

describe("size in units: a Chinese character is 1, an English word or number 1.5", () => {
  it.each([
    ["", 0],
    ["   ", 0],
    ["梧桐区家长互助群", 8],
    ["Parents' circle", 3],
    ["28–35 岁的白领", 7],
    ["ＡＢＣ　ｄｅｆ", 3],
    ["One cup, one crowd", 6],
  ])("%j is %d", (text, units) => {
    expect(textUnits(text)).toBe(units);
  });
});

describe("placeholders", () => {
  it.each([
    "xxx",
    "XXXX",
    "x",
    "待定",
    "待补充",
    "待定，待补充",
    "TBD",
    "tbd.",
    "N/A",
    "n/a",
    "NA",
    "同上",
    "见上",
    "略",
    "无",
    "暂无",
    "……",
    "...",
    "-",
    "？？？",
    "aaaaaaaa",
    "啊啊啊啊啊",
    "哈哈哈",
    "测试测试测试",
    "abcabcabc",
    "1234",
    "test",
    "TBD TBD",
    "xxx / 待定",
    "same as above",
    "See above.",
    "To be decided",
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.",
    "ＴＢＤ",
  ])("%j is a placeholder", (text) => {
    expect(isPlaceholder(text)).toBe(true);
    expect(textProblem(text, 1)).toBe("placeholder");
  });

  it.each([
    ["入群门槛", ["入群门槛", "Entry threshold"]],
    ["Entry threshold", ["入群门槛", "Entry threshold"]],
    ["入群门槛：待定", ["入群门槛", "Entry threshold"]],
    ["Entry threshold: TBD", ["入群门槛", "Entry threshold"]],
    [
      "Who it serves and what they get, in one sentence.",
      ["Positioning line", "Who it serves and what they get, in one sentence."],
    ],
    ["3–5 items every weekday", ["{min}–{max} items every weekday"]],
  ])("%j copies the field's own label or hint", (text, echoes) => {
    expect(isPlaceholder(text, echoes)).toBe(true);
    expect(isPlaceholder(text)).toBe(false);
  });

  it.each([
    "晶晶",
    "Al",
    "禁止广告",
    "No ads",
    "林姐",
    "无广告、无刷屏",
    "A form in the notice",
    "Test-drive the new beans",
    "入群门槛是现任成员邀请",
  ])("%j is not a placeholder", (text) => {
    expect(isPlaceholder(text, ["入群门槛", "Entry threshold"])).toBe(false);
  });
});

describe("judging a text against a minimum size", () => {
  it.each([
    ["", 6, "missing"],
    ["  \n ", 6, "missing"],
    ["待定", 6, "placeholder"],
    ["禁广告", 6, "short"],
    ["No ads", 6, "short"],
    ["禁止广告和二维码", 6, null],
    ["No ads or QR codes", 6, null],
    // Copying the label in front of a thin answer does not make it longer.
    ["入群门槛：邀请", 6, "short"],
  ] as const)("%j with at least %d units: %s", (text, min, problem) => {
    expect(textProblem(text, min, ["入群门槛"])).toBe(problem);
  });
});

describe("numbers that pin a persona down", () => {
  it.each([
    ["28–35 岁的写字楼白领", true],
    ["三十岁出头的宝妈", true],
    ["二线城市的新手爸妈", true],
    ["孩子读一到三年级", true],
    ["每月在咖啡上花五百元", true],
    ["每周能投入两个小时", true],
    ["有两个孩子的双职工家庭", true],
    ["５０％的时间在通勤", true],
    ["Office workers aged 28–35", true],
    ["Parents in a second-tier city", true],
    ["Works twelve-hour shifts", true],
    ["一个热爱咖啡的白领", false],
    ["大家一起聊聊天", false],
    ["Office workers who love coffee", false],
    ["One of our regulars", false],
  ] as const)("%j names a quantity: %s", (text, expected) => {
    expect(hasQuantity(text)).toBe(expected);
  });
});

describe("rules as a list", () => {
  it.each([
    ["禁止广告。禁止刷屏；禁止人身攻击", 3],
    ["1. No ads\n2. No spam\n3. No attacks on people", 3],
    ["①不发广告②不刷屏③不晒孩子照片", 3],
    ["No ads, QR codes or links. Post one and the admin removes you.", 2],
    ["1、不发广告 2、不刷屏", 2],
    ["Keep to 3.5 hours a week", 1],
  ] as const)("%j has %d items", (text, n) => {
    expect(listItems(text)).toHaveLength(n);
  });
});

import { describe, expect, it } from "vitest";
import rehypeSeedWeight, { splitSeedPhrases } from "../../../src/lib/rehype-seed-weight.mjs";

const weighted = (text: string) =>
  (splitSeedPhrases(text) ?? [])
    .filter((part) => part.type === "element")
    .map((part) => (part.children as { value: string }[])[0]!.value);

describe("random-seed phrases weigh little in search; seed users do not", () => {
  it.each([
    ["在种子 2024 下经营梧桐区家长互助群 26 周", ["种子 2024"]],
    ["同一种子下只改一处", ["同一种子"]],
    ["用多种子的范围说话", ["多种子"]],
    ["按指定种子运行", ["指定种子"]],
    ["weeks under seed 808: by week 26", ["seed 808"]],
    ["compare runs under the same seed with one change", ["same seed"]],
    ["run it across seeds and under the assigned seed", ["across seeds", "assigned seed"]],
    ["种子用户：宁少勿滥", []],
    ["先挑对二三十个种子成员", []],
    ["周老师的种子是以前的同事", []],
    ["转型和种子邀请也已锁定", []],
    ["Seed users: fewer, but right", []],
    ["Zhou's seeds were former colleagues", []],
  ])("%s", (text, phrases) => {
    expect(weighted(text)).toEqual(phrases);
  });

  it("keeps the text whole and leaves code alone", () => {
    interface Node {
      type: string;
      tagName?: string;
      value?: string;
      properties?: Record<string, string>;
      children?: Node[];
    }
    const tree: Node = {
      type: "root",
      children: [
        {
          type: "element",
          tagName: "p",
          children: [{ type: "text", value: "在种子 2024 下经营" }],
        },
        {
          type: "element",
          tagName: "code",
          children: [{ type: "text", value: "seed 7" }],
        },
      ],
    };
    rehypeSeedWeight()(tree);
    const p = tree.children![0]!.children!;
    expect(p.map((n) => n.value ?? n.children![0]!.value).join("")).toBe("在种子 2024 下经营");
    expect(p[1]).toMatchObject({ tagName: "span", properties: { dataPagefindWeight: "0.1" } });
    expect(tree.children![1]!.children).toEqual([{ type: "text", value: "seed 7" }]);
  });
});

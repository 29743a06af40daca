import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BreakdownSchema, type Breakdown } from "../../../src/schemas/breakdown";
import { h2Headings, ROOT, splitFrontmatter } from "./content-files";

const DIR = join(ROOT, "content/breakdowns");
const read = (lang: string) =>
  new Map(
    readdirSync(join(DIR, lang)).map((name) => {
      const { data, body } = splitFrontmatter(readFileSync(join(DIR, lang, name), "utf8"));
      return [name.replace(/\.mdx$/, ""), { data: BreakdownSchema.parse(data), body }] as const;
    }),
  );
const zh = read("zh-cn");
const en = read("en");

const shape = (b: Breakdown) => ({
  id: b.id,
  modules: b.modules,
  sources: b.sources.map((s) => [s.kind, s.url ?? ""]),
  figures: b.figures.map((f) => [f.status, f.source]),
});

describe("real-world breakdowns", () => {
  it("there are at least four, in both languages", () => {
    expect(zh.size).toBeGreaterThanOrEqual(4);
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it.each([...zh.keys()])("%s has the same id, sources, figures and sections in both", (id) => {
    const a = zh.get(id)!;
    const b = en.get(id)!;
    expect(a.data.id).toBe(id);
    expect(shape(b.data)).toEqual(shape(a.data));
    expect(h2Headings(b.body).length).toBe(h2Headings(a.body).length);
  });

  it.each([...zh.entries()].flatMap(([id, b]) => b.data.figures.map((f) => [id, f.label, f, b])))(
    "%s: “%s” is confirmed only when the company or a filing says it",
    (_id, _label, figure, b) => {
      const f = figure as Breakdown["figures"][number];
      const source = (b as { data: Breakdown }).data.sources[f.source];
      if (f.status === "confirmed") expect(["company", "filing"]).toContain(source?.kind);
    },
  );

  it.each([...zh.keys()])(
    "%s says in its text that the figures it could not check are unconfirmed",
    (id) => {
      const hasUnconfirmed = (b: { data: Breakdown }) =>
        b.data.figures.some((f) => f.status === "unconfirmed");
      if (hasUnconfirmed(zh.get(id)!)) expect(zh.get(id)!.body).toMatch(/未核实|没能核实/);
      if (hasUnconfirmed(en.get(id)!))
        expect(en.get(id)!.body).toMatch(/unconfirmed|not verify|could not verify|did not check/i);
    },
  );
});

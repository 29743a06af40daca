import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PlatformRuleSchema } from "../../../src/schemas/platform-rule";
import { ModuleSchema } from "../../../src/schemas/module";
import { citedRules, readModules, readYaml, ROOT, splitFrontmatter } from "./content-files";

const rules = PlatformRuleSchema.array().parse(readYaml("content/platform-rules.yaml"));
const byId = new Map(rules.map((r) => [r.id, r]));
const modules = readModules().map((m) => ({ ...m, data: ModuleSchema.parse(m.frontmatter) }));

/** Every other MDX the site renders: case profiles and real-world breakdowns. */
const otherMdx = ["content/cases", "content/breakdowns"].flatMap((dir) =>
  readdirSync(join(ROOT, dir)).flatMap((lang) =>
    readdirSync(join(ROOT, dir, lang)).map((name) => ({
      path: `${dir}/${lang}/${name}`,
      body: splitFrontmatter(readFileSync(join(ROOT, dir, lang, name), "utf8")).body,
    })),
  ),
);

describe("the platform-rules reference", () => {
  it("has unique ids", () => {
    const ids = rules.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(rules.filter((r) => r.status === "unconfirmed").map((r) => [r.id, r] as const))(
    "%s, unconfirmed, says in both languages what it was not checked against",
    (_id, rule) => {
      expect(rule.source["zh-cn"]).toMatch(/未[^\n]*核/);
      expect(rule.source.en).toMatch(/not checked/i);
    },
  );

  it.each([
    ...modules.map((m) => [`content/modules/${m.lang}/${m.id}.mdx`, m.body] as const),
    ...otherMdx.map((f) => [f.path, f.body] as const),
  ])("%s cites only rows that exist", (_path, body) => {
    expect(citedRules(body).filter((id) => !byId.has(id))).toEqual([]);
  });

  it.each(rules.map((r) => [r.id, r] as const))(
    "%s lists exactly the modules that cite it, in both languages",
    (_id, rule) => {
      for (const lang of ["zh-cn", "en"]) {
        const citing = modules
          .filter((m) => m.lang === lang && citedRules(m.body).includes(rule.id))
          .map((m) => m.data.number)
          .sort((a, b) => a - b);
        expect(citing, lang).toEqual([...rule.modules].sort((a, b) => a - b));
      }
    },
  );

  it.each([1, 3, 8])("module %i relies on rows of the reference", (n) => {
    expect(rules.some((r) => r.modules.includes(n))).toBe(true);
  });
});

describe("modules 01, 03 and 08 cite the WeChat limits instead of restating them", () => {
  // Written out by hand, a figure drifts from the reference the next time a platform changes it.
  const restated: Record<string, RegExp[]> = {
    "zh-cn": [/500\s*人/, /(?:超过|满|过)\s*40\s*人/, /(?:超过|满|过)\s*100\s*人/, /200\s*人/],
    en: [
      /\b500 (?:people|members)\b/,
      /\b(?:past|over) 40(?![\d%])/,
      /\b(?:past|over) 100(?![\d%])/,
      /\b200 people\b/,
    ],
  };
  it.each(
    modules
      .filter((m) => ["01-fundamentals", "03-platform-rules", "08-growth-referral"].includes(m.id))
      .map((m) => [`${m.lang}/${m.id}`, m] as const),
  )("%s", (_name, m) => {
    const text = m.body.replace(/<Rule\s+id="[^"]+"\s*\/>/g, "");
    expect((restated[m.lang] ?? []).filter((p) => p.test(text)).map(String)).toEqual([]);
  });
});

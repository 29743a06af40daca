import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compile } from "@mdx-js/mdx";
import { ModuleSchema } from "../../../src/schemas/module";
import { QuizSchema } from "../../../src/schemas/quiz";
import { h2Headings, readModules, readYaml, ROOT } from "./content-files";

/** The course as ../shared/CURRICULUM.md maps it. */
const COURSE = [
  "00-orientation",
  "01-fundamentals",
  "02-positioning",
  "03-platform-rules",
  "04-cold-start",
  "05-content",
  "06-events",
  "07-segmentation",
  "08-growth-referral",
  "09-monetization",
  "10-risk-crisis",
  "11-data-analytics",
  "12-lifecycle",
  "13-team-sop",
  "14-capstone",
];

const modules = readModules();
const byLang = (lang: string) =>
  new Map(modules.filter((m) => m.lang === lang).map((m) => [m.id, m]));
const zh = byLang("zh-cn");
const en = byLang("en");

/** Component names src/components/mdx/index.ts exports for MDX modules. */
const exported = new Set(
  [
    ...readFileSync(join(ROOT, "src/components/mdx/index.ts"), "utf8").matchAll(
      /export\s*\{\s*default\s+as\s+(\w+)/g,
    ),
  ].map((m) => m[1]),
);

/** Capitalised JSX tags used in an MDX body, outside code fences. */
function componentsUsed(body: string): string[] {
  const withoutFences = body.replace(/```[\s\S]*?```/g, "");
  return [...withoutFences.matchAll(/<([A-Z]\w*)/g)].map((m) => m[1] ?? "").sort();
}

describe("the course has every module in both languages", () => {
  it.each(COURSE)("%s exists in zh-cn and en", (id) => {
    expect(zh.has(id), `content/modules/zh-cn/${id}.mdx`).toBe(true);
    expect(en.has(id), `content/modules/en/${id}.mdx`).toBe(true);
  });
});

describe.each(modules.map((m) => [`${m.lang}/${m.id}`, m] as const))("module %s", (_name, mod) => {
  it("has valid frontmatter whose number and slug match the file name", () => {
    const parsed = ModuleSchema.safeParse(mod.frontmatter);
    expect(parsed.error?.issues ?? []).toEqual([]);
    const [nn, ...slug] = mod.id.split("-");
    expect(parsed.data?.number).toBe(Number(nn));
    expect(parsed.data?.slug).toBe(slug.join("-"));
  });

  it("compiles as MDX and uses only exported components", async () => {
    await expect(compile(mod.body)).resolves.toBeDefined();
    for (const name of componentsUsed(mod.body)) expect(exported, `<${name}>`).toContain(name);
  });

  it("has an assignment", () => {
    expect(ModuleSchema.parse(mod.frontmatter).assignment).toBeDefined();
  });

  it("names every column of its tables (a screen reader reads the header to each cell)", () => {
    const withoutFences = mod.body.replace(/```[\s\S]*?```/g, "");
    const lines = withoutFences.split("\n");
    const headers = lines.filter(
      (line, i) => /^\|[\s|:-]+\|\s*$/.test(lines[i + 1] ?? "") && line.startsWith("|"),
    );
    const empty = headers.filter((line) =>
      line
        .trim()
        .slice(1, -1)
        .split("|")
        .some((cell) => cell.trim() === ""),
    );
    expect(empty).toEqual([]);
  });
});

describe.each([...zh.keys()].filter((id) => en.has(id)))("module %s in both languages", (id) => {
  const a = zh.get(id)!;
  const b = en.get(id)!;
  const fa = ModuleSchema.parse(a.frontmatter);
  const fb = ModuleSchema.parse(b.frontmatter);

  it("shares its structure: objectives, sections, components, tracks, assignment", () => {
    expect(fb.number).toBe(fa.number);
    expect(fb.slug).toBe(fa.slug);
    expect(fb.minutes).toBe(fa.minutes);
    expect(fb.tracks).toEqual(fa.tracks);
    expect(fb.prerequisites).toEqual(fa.prerequisites);
    expect(fb.seeds).toEqual(fa.seeds);
    expect(fb.objectives.length).toBe(fa.objectives.length);
    expect(h2Headings(b.body).length).toBe(h2Headings(a.body).length);
    expect(componentsUsed(b.body)).toEqual(componentsUsed(a.body));
    const { brief: _ba, ...restA } = fa.assignment ?? { brief: "" };
    const { brief: _bb, ...restB } = fb.assignment ?? { brief: "" };
    expect(restB).toEqual(restA);
  });

  it("embeds the same sandbox in both languages: scenario, levers and the figures shown", () => {
    const sandboxes = (body: string) => body.match(/<GrowthSandbox\b[^>]*\/>/g) ?? [];
    expect(sandboxes(b.body)).toEqual(sandboxes(a.body));
  });

  it("has a quiz of at least six items of mixed types", () => {
    const quiz = QuizSchema.safeParse(readYaml(`content/quizzes/${id}.yaml`));
    expect(quiz.error?.issues ?? []).toEqual([]);
    expect(quiz.data!.items.length).toBeGreaterThanOrEqual(6);
    expect(new Set(quiz.data!.items.map((item) => item.type)).size).toBeGreaterThanOrEqual(3);
    const ids = quiz.data!.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

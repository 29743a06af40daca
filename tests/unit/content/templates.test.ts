import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { TemplateSchema, type Template } from "../../../src/schemas/template";
import { BOM, templateFile } from "../../../src/lib/templates";
import { parseCsv } from "../csv-helpers";
import { readModules, readPlatformRules, readYaml, ROOT } from "./content-files";

const files = readdirSync(join(ROOT, "content/templates")).filter((f) => f.endsWith(".yaml"));
const templates = files.map((f) => ({
  file: f,
  data: TemplateSchema.parse(readYaml(`content/templates/${f}`)),
}));
const byId = new Map(templates.map((t) => [t.data.id, t.data]));
const rules = new Map(
  readPlatformRules().map((r) => [r.id, r.value as Record<"zh-cn" | "en", string>]),
);
const modules = readModules();
const LANGS = ["zh-cn", "en"] as const;

/** Ids a module body embeds with <TemplateDownload id="…" />. */
const embedded = (body: string) =>
  [...body.matchAll(/<TemplateDownload\s+id="([^"]+)"/g)].map((m) => m[1] ?? "");

/** Evaluates a sample row's formula cells, {id} standing for that column's value in the row. */
function evaluateRow(
  t: Extract<Template, { format: "csv" }>,
  row: number,
): Record<string, unknown> {
  const values: Record<string, unknown> = { ...t.rows[row] };
  for (const [id, value] of Object.entries(values)) {
    if (typeof value !== "number") values[id] = "";
  }
  const IF = (c: boolean, a: unknown, b: unknown) => (c ? a : b);
  const OR = (...xs: boolean[]) => xs.some(Boolean);
  const ROUND = (x: number, n: number) => Math.round(x * 10 ** n) / 10 ** n;
  for (const c of t.columns) {
    if (!c.formula) continue;
    const expr = c.formula
      .slice(1)
      .replace(/\{([a-z0-9-]+)\}/g, (_w, id: string) => JSON.stringify(values[id] ?? ""))
      .replace(/(?<![<>!=])=(?!=)/g, "===");
    values[c.id] = new Function("IF", "OR", "ROUND", `return ${expr};`)(IF, OR, ROUND);
  }
  return values;
}

describe("the template kit", () => {
  it.each(templates.map((t) => [t.file, t] as const))("%s is named after its id", (file, t) => {
    expect(file).toBe(`${t.data.id}.yaml`);
  });

  it.each(Array.from({ length: 14 }, (_, i) => i + 1))("module %i offers a template", (n) => {
    expect(templates.some((t) => t.data.module === n)).toBe(true);
  });

  it.each(modules.map((m) => [`${m.lang}/${m.id}`, m] as const))(
    "%s embeds exactly its own templates",
    (_name, m) => {
      const number = Number(m.id.slice(0, 2));
      const own = templates
        .filter((t) => t.data.module === number)
        .map((t) => t.data.id)
        .sort();
      expect([...embedded(m.body)].sort()).toEqual(own);
    },
  );

  it.each(templates.flatMap((t) => LANGS.map((lang) => [t.data.id, lang, t.data] as const)))(
    "%s builds in %s with its rule tokens filled and Chinese intact",
    (_id, lang, t) => {
      const file = templateFile(t, lang, rules, "footer");
      expect(file.body.startsWith(BOM)).toBe(true);
      expect(file.body).not.toMatch(/\{rule:|\{[a-z0-9-]+\}/);
      if (lang === "zh-cn") expect(file.body).toMatch(/[\u4e00-\u9fff]/);
      if (t.format === "csv") {
        const rows = parseCsv(file.body.slice(BOM.length).trimEnd());
        expect(rows.length).toBe(1 + t.rows.length + t.blankRows);
        expect(new Set(rows.map((r) => r.length))).toEqual(new Set([t.columns.length]));
      }
    },
  );

  it("the weekly dashboard's computed columns are the KPIs the definitions table defines", () => {
    const dashboard = byId.get("weekly-dashboard");
    const kpis = byId.get("kpi-definitions");
    if (dashboard?.format !== "csv" || kpis?.format !== "csv") throw new Error("both are CSV");
    for (const lang of LANGS) {
      const names = kpis.rows.map((r) => (r.name as Record<string, string>)[lang]);
      const computed = dashboard.columns
        .filter((c) => c.formula && c.id !== "end")
        .map((c) => c.label[lang]);
      expect(computed.filter((label) => !names.includes(label))).toEqual([]);
    }
  });

  it("the paid acquisition sheet reproduces module 08's worked example", () => {
    const sheet = byId.get("ad-payback");
    if (sheet?.format !== "csv") throw new Error("ad-payback is a CSV template");
    expect(evaluateRow(sheet, 0)).toMatchObject({
      cac: 80,
      monthly: 19.93,
      payback: 4,
      months: 30,
      ltv: 598,
      ratio: 7.5,
    });
  });

  it("the weekly dashboard's example rows add up week to week", () => {
    const sheet = byId.get("weekly-dashboard");
    if (sheet?.format !== "csv") throw new Error("weekly-dashboard is a CSV template");
    const weeks = sheet.rows.map((_, i) => evaluateRow(sheet, i));
    for (let i = 1; i < weeks.length; i++) expect(weeks[i]?.start).toBe(weeks[i - 1]?.end);
    expect(weeks[0]).toMatchObject({ end: 318, "active-rate": 0.371, "reply-rate": 0.833 });
  });
});

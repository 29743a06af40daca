/**
 * Builds the downloadable template files from content/templates at build time: plain text or CSV,
 * UTF-8 with a byte-order mark and CRLF line ends, so Excel, WPS and Windows Notepad open Chinese
 * intact. Pure: data in, file out.
 */
import type { Lang } from "../schemas/common";
import type { Template, TemplateColumn } from "../schemas/template";

export const BOM = "\uFEFF";
const EOL = "\r\n";

/** What a {rule:id} token in a template line becomes: the row's value in a language. */
export type RuleValues = ReadonlyMap<string, Record<Lang, string>>;

export interface TemplateFile {
  /** e.g. "group-rules.txt" */
  name: string;
  contentType: string;
  body: string;
}

/** The file name of a template, the same in both languages (the folder says which). */
export function templateFileName(t: Pick<Template, "id" | "format">): string {
  return `${t.id}.${t.format === "csv" ? "csv" : "txt"}`;
}

/** Replaces each {rule:id} with the rule's value; an unknown id is an authoring error. */
export function expandRuleTokens(line: string, lang: Lang, rules: RuleValues): string {
  return line.replace(/\{rule:([a-z0-9-]+)\}/g, (_whole, id: string) => {
    const value = rules.get(id);
    if (!value) throw new Error(`template line cites {rule:${id}}, which is not a platform rule`);
    return value[lang];
  });
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let letters = "";
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

/** A formula with each {column-id} replaced by that column's cell in spreadsheet row `row`. */
export function rowFormula(formula: string, columns: readonly TemplateColumn[], row: number) {
  return formula.replace(/\{([a-z0-9-]+)\}/g, (_whole, id: string) => {
    const index = columns.findIndex((c) => c.id === id);
    if (index < 0) throw new Error(`formula ${formula} names {${id}}, which is not a column`);
    return `${columnLetter(index)}${row}`;
  });
}

/** One CSV field: quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvBody(t: Extract<Template, { format: "csv" }>, lang: Lang, rules: RuleValues): string {
  const header = t.columns.map((c) => csvField(c.label[lang]));
  const line = (cells: Record<string, unknown>, row: number) =>
    t.columns
      .map((c) => {
        if (c.formula) return csvField(rowFormula(c.formula, t.columns, row));
        const cell = cells[c.id];
        if (cell === undefined) return "";
        if (typeof cell === "number") return csvField(cell);
        return csvField(expandRuleTokens((cell as Record<Lang, string>)[lang], lang, rules));
      })
      .join(",");
  const rows = [
    ...t.rows.map((cells, i) => line(cells, i + 2)),
    ...Array.from({ length: t.blankRows }, (_, i) => line({}, t.rows.length + i + 2)),
  ];
  return [header.join(","), ...rows].join(EOL) + EOL;
}

function textBody(
  t: Extract<Template, { format: "text" }>,
  lang: Lang,
  rules: RuleValues,
  footer: string,
): string {
  const lines = [t.title[lang], expandRuleTokens(t.summary[lang], lang, rules), ""];
  for (const section of t.sections) {
    lines.push(`■ ${section.heading[lang]}`);
    for (const line of section.lines) lines.push(expandRuleTokens(line[lang], lang, rules));
    lines.push("");
  }
  lines.push(footer);
  return lines.join(EOL) + EOL;
}

/** The downloadable file for a template in one language; `footer` names the course and module. */
export function templateFile(
  t: Template,
  lang: Lang,
  rules: RuleValues,
  footer: string,
): TemplateFile {
  const name = templateFileName(t);
  if (t.format === "csv") {
    return { name, contentType: "text/csv; charset=utf-8", body: BOM + csvBody(t, lang, rules) };
  }
  return {
    name,
    contentType: "text/plain; charset=utf-8",
    body: BOM + textBody(t, lang, rules, footer),
  };
}

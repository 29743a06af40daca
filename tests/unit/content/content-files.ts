import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { load as loadYaml } from "js-yaml";

export const ROOT = join(import.meta.dirname, "../../..");
export const MODULES_DIR = join(ROOT, "content/modules");

export interface ModuleFile {
  lang: string;
  id: string;
  path: string;
  frontmatter: unknown;
  body: string;
}

/** Splits an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { data: undefined, body: source };
  return { data: loadYaml(match[1] ?? ""), body: match[2] ?? "" };
}

export function readModules(): ModuleFile[] {
  const files: ModuleFile[] = [];
  for (const lang of readdirSync(MODULES_DIR)) {
    for (const name of readdirSync(join(MODULES_DIR, lang))) {
      if (!name.endsWith(".mdx")) continue;
      const path = join(MODULES_DIR, lang, name);
      const { data, body } = splitFrontmatter(readFileSync(path, "utf8"));
      files.push({ lang, id: name.replace(/\.mdx$/, ""), path, frontmatter: data, body });
    }
  }
  return files;
}

export function readYaml(relativePath: string): unknown {
  const path = join(ROOT, relativePath);
  return existsSync(path) ? loadYaml(readFileSync(path, "utf8")) : undefined;
}

/** The `##` headings of a markdown body, outside code fences. */
export function h2Headings(body: string): string[] {
  let fenced = false;
  const headings: string[] = [];
  for (const line of body.split("\n")) {
    if (line.startsWith("```")) fenced = !fenced;
    else if (!fenced && line.startsWith("## ")) headings.push(line.slice(3).trim());
  }
  return headings;
}

/** The rows of content/platform-rules.yaml, as plain data (tests validate them with the schema). */
export function readPlatformRules(): {
  id: string;
  value: Record<string, string>;
  modules?: number[];
}[] {
  return (readYaml("content/platform-rules.yaml") as never) ?? [];
}

/**
 * Ids of platform-rule rows a body cites: <Rule id>, <RuleTable ids>, KeyFigures items `{ rule: … }`
 * and links to the reference.
 */
export function citedRules(body: string): string[] {
  const ids = [
    ...[...body.matchAll(/<Rule\s+id="([^"]+)"/g)].map((m) => m[1] ?? ""),
    ...[...body.matchAll(/<RuleTable\s+ids=\{\[([^\]]*)\]\}/g)].flatMap((m) =>
      [...(m[1] ?? "").matchAll(/"([^"]+)"/g)].map((q) => q[1] ?? ""),
    ),
    ...[...body.matchAll(/\/platform-rules\/#([a-z0-9-]+)/g)].map((m) => m[1] ?? ""),
    ...[...body.matchAll(/\{\s*rule:\s*"([^"]+)"\s*\}/g)].map((m) => m[1] ?? ""),
  ];
  return [...new Set(ids)];
}

/** A body with each <Rule id="…" /> replaced by the row's value, as the page shows it. */
export function expandRules(body: string, lang: string): string {
  const rules = new Map(readPlatformRules().map((r) => [r.id, r]));
  return body.replace(
    /<Rule\s+id="([^"]+)"\s*\/>/g,
    (whole, id: string) => rules.get(id)?.value[lang] ?? whole,
  );
}

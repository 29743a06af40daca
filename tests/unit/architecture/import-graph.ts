/**
 * The import graph of `src/`, read with the TypeScript compiler's own pre-processor (static,
 * dynamic and type-only imports and re-exports) plus `new URL("./x", import.meta.url)` (workers).
 * Astro components contribute their frontmatter and scripts. Only imports of files inside the
 * tree are edges; packages are kept per file for the layer rules.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

export interface ImportGraph {
  /** Files, relative to the root, e.g. `src/sim/engine.ts`. */
  readonly files: readonly string[];
  /** For each file, the files it imports (relative to the root). */
  readonly edges: ReadonlyMap<string, readonly string[]>;
  /** For each file, the bare package specifiers it imports (`astro/zod`, `preact/hooks`). */
  readonly packages: ReadonlyMap<string, readonly string[]>;
}

const SOURCE = /\.(ts|tsx|mts|mjs|js|astro)$/;
const CANDIDATES = ["", ".ts", ".tsx", ".mts", ".mjs", ".js", ".astro", "/index.ts", "/index.tsx"];

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listFiles(path);
    return SOURCE.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The code of a file that can import: all of it, or an Astro component's frontmatter and scripts. */
function code(path: string): string {
  const text = readFileSync(path, "utf8");
  if (!path.endsWith(".astro")) return text;
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [front, ...scripts].join("\n");
}

function specifiers(source: string): string[] {
  const info = ts.preProcessFile(source, true, true);
  const urls = [
    ...source.matchAll(/new URL\(\s*["'](\.{1,2}\/[^"']+)["']\s*,\s*import\.meta\.url/g),
  ];
  return [...info.importedFiles.map((f) => f.fileName), ...urls.map((m) => m[1] as string)];
}

function resolveLocal(from: string, specifier: string): string | undefined {
  const bare = specifier.replace(/\?.*$/, "");
  const base = resolve(dirname(from), bare);
  const withTs = base.replace(/\.js$/, ".ts");
  for (const candidate of [...CANDIDATES.map((c) => base + c), withTs]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Reads the graph of every source file under `root/dir`. */
export function importGraph(root: string, dir = "src"): ImportGraph {
  const files = listFiles(join(root, dir)).sort();
  const edges = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  for (const path of files) {
    const local: string[] = [];
    const bare: string[] = [];
    for (const specifier of specifiers(code(path))) {
      if (specifier.startsWith(".")) {
        const target = resolveLocal(path, specifier);
        if (target && SOURCE.test(target)) local.push(relative(root, target));
      } else {
        bare.push(specifier);
      }
    }
    edges.set(relative(root, path), [...new Set(local)].sort());
    packages.set(relative(root, path), [...new Set(bare)].sort());
  }
  return { files: files.map((f) => relative(root, f)), edges, packages };
}

/** The import circles: each strongly connected component of more than one file (or a file importing itself). */
export function circles(graph: ImportGraph): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string): void => {
    order.set(file, index);
    low.set(file, index);
    index += 1;
    stack.push(file);
    onStack.add(file);
    for (const next of graph.edges.get(file) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, order.get(next)!));
      }
    }
    if (low.get(file) === order.get(file)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || (graph.edges.get(file) ?? []).includes(file)) {
        found.push(component.sort());
      }
    }
  };
  for (const file of graph.files) if (!order.has(file)) visit(file);
  return found;
}

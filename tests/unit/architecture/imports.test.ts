import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { circles, importGraph } from "./import-graph";
import { LAYERS } from "./layers.mjs";

const ROOT = join(import.meta.dirname, "../../..");
const graph = importGraph(ROOT);
const inside = (file: string, folder: string) => file === folder || file.startsWith(`${folder}/`);

describe("the import graph of src/", () => {
  it("reads the whole tree", () => {
    expect(graph.files.length).toBeGreaterThan(200);
    expect(graph.edges.get("src/sim/engine.ts")).toContain("src/sim/week/budget.ts");
  });

  it("has no import circles", () => {
    expect(circles(graph)).toEqual([]);
  });
});

describe.each(LAYERS.map((rule) => [rule.folder, rule] as const))("%s", (folder, rule) => {
  const files = graph.files.filter((f) => inside(f, folder));

  it("exists and has files", () => {
    expect(existsSync(join(ROOT, folder))).toBe(true);
    expect(files.length).toBeGreaterThan(0);
  });

  it("imports only what its layer allows", () => {
    const broken = files.flatMap((file) =>
      (graph.edges.get(file) ?? [])
        .filter((target) => !inside(target, folder))
        .filter((target) =>
          rule.only
            ? !rule.only.some((allowed) => inside(target, allowed))
            : (rule.never ?? []).some((banned) => inside(target, banned)),
        )
        .map((target) => `${file} → ${target}`),
    );
    expect(broken, rule.why).toEqual([]);
  });
});

describe.each(LAYERS.filter((rule) => rule.packages).map((rule) => [rule.folder, rule] as const))(
  "%s",
  (folder, rule) => {
    const allowed = rule.packages!;
    it(
      allowed.length ? `imports no package but ${allowed.join(", ")}` : "imports no package",
      () => {
        const broken = graph.files
          .filter((f) => inside(f, folder))
          .flatMap((file) =>
            (graph.packages.get(file) ?? [])
              .filter((p) => !allowed.includes(p))
              .map((p) => `${file} → ${p}`),
          );
        expect(broken, rule.why).toEqual([]);
      },
    );
  },
);

describe("src/islands", () => {
  const islands = join(ROOT, "src/islands");
  const code = readdirSync(islands, { recursive: true, encoding: "utf8" }).filter((f) =>
    /\.(ts|tsx)$/.test(f),
  );

  it.each(code)("%s holds a component or a hook", (file) => {
    const text = readFileSync(join(islands, file), "utf8");
    const component = file.endsWith(".tsx") && /<[A-Za-z]/.test(text);
    const hook = /export function use[A-Z]\w*\(/.test(text);
    expect(component || hook, "logic belongs in its own folder under src/").toBe(true);
  });
});

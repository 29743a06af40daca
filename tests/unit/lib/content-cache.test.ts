import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  contentSchemaFiles,
  contentSchemaKey,
  dropStaleContentStores,
} from "../../../src/lib/content-cache.mjs";

let dir: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};
const key = () => contentSchemaKey(join(dir, "src/content.config.ts"));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "content-cache-"));
  write(
    "src/content.config.ts",
    `import { defineCollection } from "astro:content";\nimport { ModuleSchema } from "./schemas/module";\nexport const collections = {};\n`,
  );
  write(
    "src/schemas/module.ts",
    `import { z } from "astro/zod";\nimport type { Track } from "./track.js";\nexport * from "./common";\nimport "./side-effect";\nconst lazy = () => import("../grading/levers");\nexport const ModuleSchema = z.object({ minutes: z.number().default(30) });\n`,
  );
  write("src/schemas/track.ts", `export type Track = "manager";\n`);
  write("src/schemas/common.ts", `export const SLUG = /^[a-z-]+$/;\n`);
  write("src/schemas/side-effect.ts", `export {};\n`);
  write("src/grading/levers.ts", `export const LEVERS = ["a"];\n`);
  write("src/pages/index.astro", `<p>not content</p>\n`);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the content schemas' cache key", () => {
  it("covers the content config and every file it imports, however it imports it", () => {
    expect(
      contentSchemaFiles(join(dir, "src/content.config.ts")).map((f) => relative(dir, f)),
    ).toEqual([
      "src/content.config.ts",
      "src/schemas/module.ts",
      "src/schemas/track.ts",
      "src/schemas/common.ts",
      "src/schemas/side-effect.ts",
      "src/grading/levers.ts",
    ]);
  });

  it.each([
    ["a default in a schema file", "src/schemas/module.ts", "default(30)", "default(45)"],
    ["a type-only import", "src/schemas/track.ts", "manager", "newcomer"],
    ["a re-exported file", "src/schemas/common.ts", "a-z-", "a-z0-9-"],
    ["a file outside src/schemas that a schema imports", "src/grading/levers.ts", '"a"', '"b"'],
  ])("changes with %s", (_what, file, from, to) => {
    const before = key();
    write(file, readFileSync(join(dir, file), "utf8").replace(from, to));
    expect(key()).not.toBe(before);
  });

  it("stays the same when a file the content config does not import changes", () => {
    const before = key();
    write("src/pages/index.astro", `<p>changed</p>\n`);
    expect(key()).toBe(before);
  });

  it("follows the project's real schemas, src/sim and src/grading included where they are imported", () => {
    const files = contentSchemaFiles("src/content.config.ts").map((f) =>
      relative(process.cwd(), f),
    );
    expect(files).toContain("src/schemas/module.ts");
    expect(files).toContain("src/schemas/quiz.ts");
    expect(files).toContain("src/grading/checks.ts");
  });
});

describe("dropping stale content stores", () => {
  const store = () => join(dir, "cache/data-store.json");
  const writeStore = () => write("cache/data-store.json", "{}");

  it("drops a store whose schemas are unknown (no key recorded), then keeps it while the key holds", () => {
    writeStore();
    expect(dropStaleContentStores("k1", [store()])).toEqual([store()]);
    expect(existsSync(store())).toBe(false);
    writeStore();
    expect(dropStaleContentStores("k1", [store()])).toEqual([]);
    expect(existsSync(store())).toBe(true);
  });

  it("drops the store when the key changes, and records the new key", () => {
    dropStaleContentStores("k1", [store()]);
    writeStore();
    expect(dropStaleContentStores("k2", [store()])).toEqual([store()]);
    expect(existsSync(store())).toBe(false);
    writeStore();
    expect(dropStaleContentStores("k2", [store()])).toEqual([]);
  });

  it("handles each store on its own (the build's cache and the dev server's)", () => {
    const dev = join(dir, ".astro/data-store.json");
    dropStaleContentStores("k1", [store()]);
    writeStore();
    write(".astro/data-store.json", "{}");
    expect(dropStaleContentStores("k1", [store(), dev])).toEqual([dev]);
    expect(existsSync(store())).toBe(true);
  });
});

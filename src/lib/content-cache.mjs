// @ts-check
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/*
 * Astro keeps parsed content (frontmatter after its zod schema, with defaults filled in) in a data
 * store between builds, and throws it away only when the text of src/content.config.ts, the Astro
 * config or Astro's version changes. A schema in another file (src/schemas/*.ts, and what those
 * import) can change a default without any of those changing, and the store then keeps serving
 * entries parsed with the old schema (why the build once ran with --force, which costs every
 * build a full re-parse). Here the store is dropped exactly when the schemas' code has changed.
 */

/** `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")`. */
const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|\bimport\s*\(?\s*["']([^"']+)["']/g;
const EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".js", ".mjs", "/index.ts", "/index.js"];

/**
 * The file a relative import names, as Vite would find it, or undefined.
 * @param {string} from the importing file
 * @param {string} specifier
 */
function resolveImport(from, specifier) {
  const base = resolve(dirname(from), specifier);
  const candidates = EXTENSIONS.map((ext) => base + ext);
  // TypeScript sources may import "./x.js" meaning ./x.ts.
  if (/\.m?js$/.test(base)) candidates.push(base.replace(/\.(m?)js$/, ".$1ts"));
  return candidates.find((file) => statSync(file, { throwIfNoEntry: false })?.isFile());
}

/**
 * The content config and every project file it imports, transitively (relative imports only:
 * packages are pinned by the lockfile).
 * @param {string} contentConfig path of src/content.config.ts
 * @returns {string[]} absolute paths, the content config first
 */
export function contentSchemaFiles(contentConfig) {
  const files = [resolve(contentConfig)];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const [, from, bare] of text.matchAll(SPECIFIER)) {
      const specifier = from ?? bare;
      if (!specifier?.startsWith(".")) continue;
      const target = resolveImport(file, specifier);
      if (target && !files.includes(target)) files.push(target);
    }
  }
  return files;
}

/**
 * A key for everything that decides how content is parsed: the text of the content config, of
 * every project file it imports, and of `extraFiles` (the lockfile, for zod's version).
 * @param {string} contentConfig path of src/content.config.ts
 * @param {string[]} [extraFiles]
 */
export function contentSchemaKey(contentConfig, extraFiles = []) {
  const hash = createHash("sha256");
  const base = dirname(resolve(contentConfig));
  for (const file of [...contentSchemaFiles(contentConfig), ...extraFiles.map((f) => resolve(f))]) {
    if (existsSync(file)) hash.update(`${relative(base, file)}\0${readFileSync(file, "utf8")}\0`);
  }
  return hash.digest("hex");
}

/**
 * Removes each content data store whose schemas key differs from `key` (or that has none), and
 * records `key` beside it. Returns the stores removed.
 * @param {string} key from contentSchemaKey
 * @param {string[]} stores paths of Astro's data-store.json files (build cache and dev's .astro)
 */
export function dropStaleContentStores(key, stores) {
  const dropped = [];
  for (const store of stores) {
    const keyFile = join(dirname(store), "content-schemas.key");
    const recorded = existsSync(keyFile) ? readFileSync(keyFile, "utf8") : undefined;
    if (recorded === key) continue;
    if (existsSync(store)) {
      rmSync(store, { force: true });
      dropped.push(store);
    }
    mkdirSync(dirname(store), { recursive: true });
    writeFileSync(keyFile, key);
  }
  return dropped;
}

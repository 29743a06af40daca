import { readFileSync, readdirSync } from "node:fs";
import { join, posix, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { NOT_PRECACHED } from "../../scripts/service-worker.mjs";
import { DIST, builtPages } from "./pages";
import { precacheList } from "./precache";

/** Every file of the built site, relative to its root with forward slashes. */
const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).replace(/\\/g, "/"))
  .sort();
const precached = new Set(precacheList());
const text = (file: string) => readFileSync(join(DIST, file), "utf8");

/** The file a site path names: "/en/" → "en/index.html", "/_astro/x.js?v=1#a" → "_astro/x.js". */
const fileOf = (path: string) => {
  const bare = decodeURIComponent(path.replace(/[?#].*$/, "")).replace(/^\//, "");
  return bare === "" || bare.endsWith("/") ? `${bare}index.html` : bare;
};

/** Site paths a page names in the attributes that load or link something. */
const pageReferences = (html: string) =>
  [
    ...html.matchAll(
      /\s(?:src|href|component-url|renderer-url|before-hydration-url)="(\/(?!\/)[^"]*)"/g,
    ),
  ].map((m) => m[1]!);

/**
 * Files a script or stylesheet loads: its imports, its workers (also a name beside it, as
 * `new URL("x.js", import.meta.url)`), Pagefind's entry.
 */
const scriptReferences = (file: string, code: string) => [
  ...[
    ...code.matchAll(/["'(]((?:\.\/|\/_astro\/|\/pagefind\/)[\w.@~-]+\.(?:js|css|svg))["')]/g),
  ].map((m) => (m[1]!.startsWith("./") ? "/" + posix.join(posix.dirname(file), m[1]!) : m[1]!)),
  ...[...code.matchAll(/new URL\(["']([\w.@~-]+\.js)["'],\s*import\.meta\.url\)/g)].map(
    (m) => "/" + posix.join(posix.dirname(file), m[1]!),
  ),
];

describe("the service worker's precache list", () => {
  it("holds every file of the site except the worker itself and Pagefind's unused UI", () => {
    expect(files.filter((f) => !precached.has(f))).toEqual(["sw.js", ...NOT_PRECACHED].sort());
    expect([...precached].filter((f) => !files.includes(f))).toEqual([]);
  });

  it.each([...builtPages(), "/404.html"])(
    "holds the page %s and everything it loads or links to",
    (path) => {
      const page = fileOf(path);
      expect(precached.has(page)).toBe(true);
      const missing = pageReferences(text(page))
        .map(fileOf)
        .filter((file) => !precached.has(file));
      expect(missing).toEqual([]);
    },
  );

  it("holds every chunk, worker and Pagefind file the site's scripts load", () => {
    const scripts = files.filter((f) => /\.(js|css)$/.test(f) && precached.has(f));
    const missing = scripts.flatMap((file) =>
      scriptReferences(file, text(file))
        .map(fileOf)
        .filter((ref) => !precached.has(ref))
        .map((ref) => `${file} → ${ref}`),
    );
    expect(missing).toEqual([]);
    // What is found includes the Web Workers and the search's Pagefind, which loads the rest of
    // its index (all precached, above) by names in its own files.
    const found = new Set(scripts.flatMap((file) => scriptReferences(file, text(file))));
    for (const loaded of [/montecarlo\.worker/, /verify\.worker/, /^\/pagefind\/pagefind\.js$/])
      expect(
        [...found].some((ref) => loaded.test(ref)),
        String(loaded),
      ).toBe(true);
  });

  it("leaves out only files nothing on the site refers to", () => {
    const names = NOT_PRECACHED.map((f) => posix.basename(f));
    const referring = files
      .filter((f) => /\.(html|js|css|json|webmanifest)$/.test(f) && !NOT_PRECACHED.includes(f))
      .filter((f) => names.some((name) => text(f).includes(name)));
    expect(referring).toEqual([]);
  });
});

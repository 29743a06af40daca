/**
 * Makes LMS packages from a built site (dist/, as `npm run build` leaves it; the public build is
 * only read): a copy of every file with the changes of src/lms/rewrite.ts, the launch page and
 * its scripts (src/lms/launch.ts, src/lms/page.ts, bundled with esbuild for each standard), the
 * standard's descriptor (src/lms/manifest.ts), zipped. `npm run package` (scripts/package.ts) is
 * the command; the end-to-end test calls buildPackages() on the site it has already built.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { zipSync, type Zippable } from "fflate";
import { load as loadYaml } from "js-yaml";
import { ModuleSchema, type ModuleFrontmatter } from "../src/schemas/module";
import {
  LMS_CONFIG_FORMAT,
  LMS_CONFIG_VERSION,
  LMS_STANDARDS,
  LmsConfigSchema,
  type LmsConfig,
  type LmsStandard,
  type PackageModule,
  type PackageScope,
} from "../src/schemas/lms";
import type { Lang, Localized } from "../src/schemas/common";
import type { Assignment } from "../src/schemas/assignment";
import { moduleAssignmentKinds } from "../src/lib/module-assignment";
import { encodeAssignment } from "../src/lib/share-url";
import { manifest } from "../src/lms/manifest";
import { rewritePage, rewriteScript, rootAddressesIn, SCRIPT_REWRITES } from "../src/lms/rewrite";
import { launchPage } from "../src/lms/launch-page";
import { NOT_PRECACHED } from "./service-worker.mjs";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const LANGS: Lang[] = ["zh-cn", "en"];

export interface PackageRequest {
  /** The built site. */
  from: string;
  /** Where the zips go. */
  out: string;
  scope:
    | { kind: "course" }
    | { kind: "module"; module: string }
    | { kind: "assignment"; assignment: Assignment };
  standards?: readonly LmsStandard[];
  /** The language opened when the LMS states none. */
  lang?: Lang;
  /** Passing score, 0–1. */
  mastery?: number;
}

export interface BuiltPackage {
  standard: LmsStandard;
  file: string;
  /** Bytes of the zip. */
  size: number;
  files: number;
}

/** Splits an MDX file into its YAML frontmatter (the content tests read modules the same way). */
function frontmatter(path: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, "utf8"));
  return match ? loadYaml(match[1] ?? "") : undefined;
}

/** Every module of the course, in order, in both languages. */
export function readCourse(): { id: string; data: Record<Lang, ModuleFrontmatter> }[] {
  const dir = join(ROOT, "content/modules/zh-cn");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((name) => {
      const id = name.replace(/\.mdx$/, "");
      const [zh, en] = LANGS.map((lang) =>
        ModuleSchema.parse(frontmatter(join(ROOT, "content/modules", lang, name))),
      ) as [ModuleFrontmatter, ModuleFrontmatter];
      return { id, data: { "zh-cn": zh, en } };
    });
}

function packageModule(id: string, data: Record<Lang, ModuleFrontmatter>): PackageModule {
  const requires = moduleAssignmentKinds(data["zh-cn"]);
  return {
    id,
    title: { "zh-cn": data["zh-cn"].title, en: data.en.title },
    requires,
    items: ["quiz", ...requires.filter((kind) => kind !== "quiz")],
  };
}

function strings(): LmsConfig["strings"] {
  const pick = (lang: Lang) => {
    const all = JSON.parse(readFileSync(join(ROOT, `src/i18n/${lang}.json`), "utf8")) as Record<
      string,
      string
    >;
    return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith("lms.")));
  };
  return { "zh-cn": pick("zh-cn"), en: pick("en") };
}

const siteText = (key: string): Localized => {
  const read = (lang: Lang) =>
    (
      JSON.parse(readFileSync(join(ROOT, `src/i18n/${lang}.json`), "utf8")) as Record<
        string,
        string
      >
    )[key]!;
  return { "zh-cn": read("zh-cn"), en: read("en") };
};

/** The package's configuration and the name its files start with. */
export function packageConfig(
  request: PackageRequest,
  standard: LmsStandard,
): { config: LmsConfig; name: string; description: Localized } {
  const course = readCourse();
  const site = siteText("site.name");
  const description = siteText("site.description");
  const both = (f: (lang: Lang) => string): Localized => ({ "zh-cn": f("zh-cn"), en: f("en") });
  let scope: PackageScope;
  let modules: PackageModule[];
  let title: Localized;
  let start: Localized;
  let id: string;
  if (request.scope.kind === "course") {
    scope = { kind: "course" };
    modules = course.map((m) => packageModule(m.id, m.data));
    title = site;
    start = both((lang) => `${lang}/index.html`);
    id = "community-ops-lab";
  } else if (request.scope.kind === "module") {
    const wanted = request.scope.module;
    const found = course.find((m) => m.id === wanted || m.data["zh-cn"].slug === wanted);
    if (!found) {
      throw new Error(`No module "${wanted}". Modules: ${course.map((m) => m.id).join(", ")}.`);
    }
    scope = { kind: "module", module: found.id };
    modules = [packageModule(found.id, found.data)];
    title = both((lang) => `${found.data[lang].title} · ${site[lang]}`);
    start = both((lang) => `${lang}/modules/${found.data[lang].slug}/index.html`);
    id = `community-ops-lab-${found.id}`;
  } else {
    const assignment = request.scope.assignment;
    scope = { kind: "assignment", assignment };
    modules = [];
    title = both((lang) => `${assignment.title[lang]} · ${site[lang]}`);
    start = both((lang) => `${lang}/sandbox/index.html${encodeAssignment(assignment)}`);
    id = `community-ops-lab-assignment-${assignment.id}`;
  }
  const config = LmsConfigSchema.parse({
    format: LMS_CONFIG_FORMAT,
    version: LMS_CONFIG_VERSION,
    standard,
    id,
    title,
    lang: request.lang ?? "zh-cn",
    mastery: request.mastery ?? 0.7,
    scope,
    modules,
    start,
    strings: strings(),
  });
  return { config, name: `${id}-${standard}`, description };
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listFiles(path, base);
    return [relative(base, path).split("\\").join("/")];
  });
}

/** Files of the public build that have no place in a package. */
const LEFT_OUT = new Set(["index.html", "sw.js", ...NOT_PRECACHED]);
const leftOut = (file: string) => LEFT_OUT.has(file) || file.endsWith(".webmanifest");

/**
 * The site's files as a package holds them, the same for every standard: pages and scripts
 * rewritten, the service worker's registration left out.
 */
export function siteContent(from: string): Map<string, Uint8Array> {
  if (!existsSync(join(from, "zh-cn/index.html"))) {
    throw new Error(`No built site in ${from}: run \`npm run build\` first.`);
  }
  const files = listFiles(from).filter((file) => !leftOut(file));
  const registration = files.filter(
    (file) =>
      file.startsWith("_astro/") &&
      file.endsWith(".js") &&
      readFileSync(join(from, file), "utf8").includes(`.register("/sw.js")`),
  );
  if (registration.length !== 1) {
    throw new Error(
      `Expected one script that registers the service worker, found ${registration.length}: ${registration.join(", ")}`,
    );
  }
  const out = new Map<string, Uint8Array>();
  const totals = Object.fromEntries(SCRIPT_REWRITES.map((r) => [r.name, 0]));
  let dropped = 0;
  let pages = 0;
  for (const file of files) {
    if (registration.includes(file)) continue;
    const bytes = readFileSync(join(from, file));
    if (file.endsWith(".html")) {
      const page = rewritePage(bytes.toString("utf8"), {
        page: file,
        dropScripts: registration.map((r) => `/${r}`),
      });
      dropped += page.dropped;
      pages += 1;
      out.set(file, Buffer.from(page.html, "utf8"));
    } else if (file.startsWith("_astro/") && file.endsWith(".js")) {
      const script = rewriteScript(bytes.toString("utf8"));
      for (const [name, n] of Object.entries(script.counts)) totals[name]! += n;
      const left = rootAddressesIn(script.js);
      if (left.length) throw new Error(`${file} still names the site's root: ${left.join(", ")}`);
      out.set(file, Buffer.from(script.js, "utf8"));
    } else {
      out.set(file, bytes);
    }
  }
  const missing = Object.entries(totals).filter(([, n]) => n === 0);
  if (missing.length) {
    throw new Error(
      `The built scripts no longer look as src/lms/rewrite.ts expects (nothing found for: ${missing.map(([name]) => name).join(", ")}).`,
    );
  }
  if (dropped < pages - 1) {
    throw new Error(
      `The service worker's registration was removed from ${dropped} of ${pages} pages.`,
    );
  }
  return out;
}

/** The launch and page scripts for a standard (esbuild; the cmi5 library only in cmi5's). */
export async function lmsScripts(standard: LmsStandard): Promise<Map<string, Uint8Array>> {
  const result = await build({
    entryPoints: {
      launch: join(ROOT, "src/lms/launch.ts"),
      page: join(ROOT, "src/lms/page.ts"),
    },
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    outdir: "lms",
    define: { LMS_STANDARD: JSON.stringify(standard) },
    legalComments: "none",
    logLevel: "error",
  });
  const scripts = new Map<string, Uint8Array>();
  for (const output of result.outputFiles) {
    scripts.set(`lms/${output.path.split("/").pop()}`, output.contents);
  }
  scripts.set("lms/launch.css", readFileSync(join(ROOT, "src/lms/launch.css")));
  return scripts;
}

/** A fixed time for every entry, so the same build makes the same zip. */
const ZIP_TIME = new Date("2025-09-01T00:00:00Z");

/** The site's content by the folder it was read from: prepared once however many packages follow. */
const prepared = new Map<string, Map<string, Uint8Array>>();

/** Builds the request's packages into `out`. */
export async function buildPackages(request: PackageRequest): Promise<BuiltPackage[]> {
  const from = resolve(request.from);
  const content = prepared.get(from) ?? siteContent(from);
  prepared.set(from, content);
  mkdirSync(request.out, { recursive: true });
  const built: BuiltPackage[] = [];
  for (const standard of request.standards ?? LMS_STANDARDS) {
    const { config, name, description } = packageConfig(request, standard);
    const files = new Map(content);
    for (const [file, bytes] of await lmsScripts(standard)) files.set(file, bytes);
    files.set("index.html", Buffer.from(launchPage(config), "utf8"));
    const list = [...files.keys()].sort();
    const descriptor = manifest(standard, {
      id: config.id,
      title: config.title,
      description,
      lang: config.lang,
      mastery: config.mastery,
      files: list,
      launch: "index.html",
    });
    const zippable: Zippable = {};
    for (const file of list) {
      // Pagefind's index is compressed already: stored as it is.
      zippable[file] = [
        files.get(file)!,
        { level: file.startsWith("pagefind/") ? 0 : 6, mtime: ZIP_TIME },
      ];
    }
    zippable[descriptor.file] = [Buffer.from(descriptor.text, "utf8"), { mtime: ZIP_TIME }];
    const zip = zipSync(zippable);
    const file = join(request.out, `${name}.zip`);
    writeFileSync(file, zip);
    built.push({ standard, file, size: zip.length, files: list.length + 1 });
  }
  return built;
}

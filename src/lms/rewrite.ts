/**
 * The built site made into a package's content (scripts/lms-package.ts applies these to a copy
 * of dist/; the public build is never changed). Pure text in, text out:
 *
 * - pages: every address written from the site's root becomes relative to the page, page file
 *   included; the service worker's registration and the web app manifest go (an LMS serves the
 *   package from its own paths and frames, where an offline copy of the site has no place); and
 *   lms/page.js comes first among the page's scripts (src/lms/page.ts);
 * - scripts: the three places the built JavaScript names the root (Vite's preloading of chunks,
 *   the Web Workers, Pagefind) resolve from the script's own address instead.
 *
 * Each rewrite reports what it changed, so the packaging step can fail when a build no longer
 * looks as these expect, rather than ship a package that breaks inside an LMS.
 */
import { relativeHref } from "./paths";

/** Attributes that hold an address the browser loads or follows. */
const URL_ATTRIBUTES = [
  "href",
  "src",
  "component-url",
  "renderer-url",
  "before-hydration-url",
  "action",
];
const ATTRIBUTE = new RegExp(`(\\s(?:${URL_ATTRIBUTES.join("|")})=")([^"]*)(")`, "g");

/**
 * A start tag, or a whole script or style element (whose content is left exactly as it is, its
 * hash being in the page's Content-Security-Policy). Quoted values may hold ">".
 */
const TAG =
  /<(script|style)\b((?:"[^"]*"|'[^']*'|[^'">])*)>([\s\S]*?)<\/\1>|<[a-zA-Z][\w-]*(?:"[^"]*"|'[^']*'|[^'">])*>/g;

export interface PageOptions {
  /** The page's path inside the package ("zh-cn/modules/cold-start/index.html"). */
  page: string;
  /** Scripts (paths from the site's root) whose tags are removed: the service worker's registration. */
  dropScripts: readonly string[];
}

function rewriteTag(tag: string, page: string): string {
  return tag.replace(ATTRIBUTE, (whole, before: string, value: string, after: string) => {
    const relative = relativeHref(value.replace(/&amp;/g, "&"), page);
    return relative === null ? whole : before + relative.replace(/&/g, "&amp;") + after;
  });
}

export function rewritePage(html: string, options: PageOptions): { html: string; dropped: number } {
  let dropped = 0;
  let out = html.replace(TAG, (whole, element: string | undefined, attrs: string, body: string) => {
    if (element === "script") {
      const src = /\ssrc="([^"]*)"/.exec(attrs)?.[1];
      if (src && options.dropScripts.includes(src)) {
        dropped += 1;
        return "";
      }
      return `<script${rewriteTag(attrs, options.page)}>${body}</script>`;
    }
    if (element === "style") return whole;
    if (/^<link\b[^>]*\srel="manifest"/.test(whole)) return "";
    return rewriteTag(whole, options.page);
  });
  const pageScript = `<script src="${"../".repeat(options.page.split("/").length - 1)}lms/page.js"></script>`;
  const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/;
  out = csp.test(out) ? out.replace(csp, (meta) => meta + pageScript) : out;
  return { html: out, dropped };
}

/** The rewrites of the built JavaScript: what each looks for and what it puts instead. */
export const SCRIPT_REWRITES = [
  {
    name: "chunk preloading",
    // Vite's helper prefixes each dependency with the site's root: `t="/"+t`.
    find: /\b([A-Za-z_$][\w$]*)="\/"\+\1\b/g,
    replace: (_: string, v: string) => `${v}=new URL("../"+${v},import.meta.url).href`,
  },
  {
    name: "workers",
    find: /new URL\("\/_astro\/([^"]+)",import\.meta\.url\)/g,
    replace: (_: string, file: string) => `new URL("./${file}",import.meta.url)`,
  },
  {
    name: "search",
    find: /"\/pagefind\/pagefind\.js"/g,
    replace: () => `new URL("../pagefind/pagefind.js",import.meta.url).href`,
  },
] as const;

export type ScriptRewrite = (typeof SCRIPT_REWRITES)[number]["name"];

/** A script of _astro/ with the root resolved from its own address; counts per rewrite. */
export function rewriteScript(js: string): { js: string; counts: Record<ScriptRewrite, number> } {
  const counts = {} as Record<ScriptRewrite, number>;
  let out = js;
  for (const rewrite of SCRIPT_REWRITES) {
    counts[rewrite.name] = 0;
    out = out.replace(rewrite.find, (...args: string[]) => {
      counts[rewrite.name] += 1;
      return (rewrite.replace as (...a: string[]) => string)(...args);
    });
  }
  return { js: out, counts };
}

/** Root addresses still written in a script after the rewrites: the packaging step refuses them. */
export function rootAddressesIn(js: string): string[] {
  return [...js.matchAll(/"\/(?:_astro|pagefind|zh-cn|en)\/[^"]*\.(?:js|css|wasm|json)"/g)].map(
    (m) => m[0],
  );
}

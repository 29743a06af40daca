import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST, builtPages } from "./pages";

/** A built page's HTML, with the text of its scripts left out (ids and tags there are code). */
function html(path: string): string {
  const file = join(DIST, path.endsWith("/") ? path + "index.html" : path);
  return readFileSync(file, "utf8");
}
const withoutScripts = (text: string) => text.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");

/**
 * The markup as the W3C validator reads it (tests/… run the validator itself only by hand: it needs
 * Java): the things it has flagged here before stay fixed on every built page.
 */
describe("the built HTML", () => {
  const pages = [...builtPages(), "/404.html"];

  it.each(pages)("%s keeps its styles in the head and nothing after </html>", (path) => {
    const text = html(path);
    const body = text.slice(text.search(/<body[\s>]/));
    expect(body.match(/<style[\s>][^<]{0,80}/g) ?? []).toEqual([]);
    expect(text.slice(text.lastIndexOf("</html>") + "</html>".length).trim()).toBe("");
  });

  it.each(builtPages().filter((p) => p !== "/"))(
    "%s names its two language versions with absolute addresses",
    (path) => {
      const text = html(path);
      const links = Object.fromEntries(
        [...text.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [
          m[1],
          m[2],
        ]),
      );
      const rest = path.replace(/^\/(zh-cn|en)\//, "");
      expect(Object.keys(links).sort()).toEqual(["en", "zh-CN"]);
      expect(links["zh-CN"]).toMatch(new RegExp(`^https?://[^/]+/zh-cn/${rest}$`));
      expect(links.en).toMatch(new RegExp(`^https?://[^/]+/en/${rest}$`));
      const canonical = text.match(/<link rel="canonical" href="([^"]+)">/)?.[1];
      if (/<meta name="robots" content="noindex">/.test(text)) expect(canonical).toBeUndefined();
      else expect(canonical).toBe(path.startsWith("/en/") ? links.en : links["zh-CN"]);
    },
  );

  it.each(pages)("%s gives every id to one element, and every label names one", (path) => {
    const text = withoutScripts(html(path));
    const ids = [...text.matchAll(/<[a-z][^>]*?\sid="([^"]+)"/g)].map((m) => m[1]);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
    const targets = [...text.matchAll(/<label\b[^>]*\sfor="([^"]+)"/g)].map((m) => m[1]);
    expect(targets.filter((id) => !ids.includes(id))).toEqual([]);
  });
});

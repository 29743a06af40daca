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

  it.each(pages)("%s gives every id to one element, and every label names one", (path) => {
    const text = withoutScripts(html(path));
    const ids = [...text.matchAll(/<[a-z][^>]*?\sid="([^"]+)"/g)].map((m) => m[1]);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
    const targets = [...text.matchAll(/<label\b[^>]*\sfor="([^"]+)"/g)].map((m) => m[1]);
    expect(targets.filter((id) => !ids.includes(id))).toEqual([]);
  });
});

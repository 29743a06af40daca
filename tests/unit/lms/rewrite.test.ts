import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { packageHref, relativeHref } from "../../../src/lms/paths";
import { rewritePage, rewriteScript, rootAddressesIn } from "../../../src/lms/rewrite";
import { claimFor, OWNER_KEY } from "../../../src/lms/owner";
import { displayName, isoDuration, scorm12Time } from "../../../src/lms/connection";
import { memoryStorage } from "../stores/harness";

describe("addresses inside a package", () => {
  it.each([
    ["/zh-cn/", "zh-cn/index.html", "../zh-cn/index.html"],
    ["/zh-cn/modules/cold-start/", "zh-cn/index.html", "../zh-cn/modules/cold-start/index.html"],
    [
      "/en/sandbox/?assignment=04-cold-start",
      "zh-cn/modules/cold-start/index.html",
      "../../../en/sandbox/index.html?assignment=04-cold-start",
    ],
    ["/zh-cn/glossary/#seed-users", "en/index.html", "../zh-cn/glossary/index.html#seed-users"],
    ["/_astro/Quiz.js", "zh-cn/modules/cold-start/index.html", "../../../_astro/Quiz.js"],
    ["/zh-cn/templates/群规.txt", "zh-cn/templates/index.html", "../../zh-cn/templates/群规.txt"],
  ])("%s from %s is %s", (href, page, expected) => {
    expect(relativeHref(href, page)).toBe(expected);
    expect(packageHref(href, "https://lms.example/pluginfile.php/7/content/")).toBe(
      `https://lms.example/pluginfile.php/7/content/${expected.replace(/^(\.\.\/)+/, "")}`,
    );
  });

  it("gives an address already inside the package (a search result) only its page file", () => {
    const root = "https://lms.example/pluginfile.php/7/content/";
    expect(packageHref("/pluginfile.php/7/content/zh-cn/modules/cold-start/#x", root)).toBe(
      `${root}zh-cn/modules/cold-start/index.html#x`,
    );
  });

  it.each(["#main", "https://example.org/", "//cdn.example/x.js", "../x/", "mailto:a@b.c"])(
    "leaves %s as it is",
    (href) => {
      expect(relativeHref(href, "zh-cn/index.html")).toBeNull();
      expect(packageHref(href, "https://lms.example/")).toBeNull();
    },
  );
});

const INLINE = `(() => { document.documentElement.dataset.x = "/zh-cn/"; })();`;
const PAGE = [
  "<!DOCTYPE html><html><head>",
  `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src 'self'">`,
  `<script>${INLINE}</script>`,
  `<link rel="manifest" href="/zh-cn/manifest.webmanifest">`,
  `<link rel="stylesheet" href="/_astro/index.css">`,
  `<script type="module" src="/_astro/UpdateNotice.js"></script>`,
  `<script type="module" src="/_astro/Header.js"></script>`,
  `<link rel="canonical" href="http://localhost:4321/zh-cn/modules/cold-start/">`,
  "</head><body>",
  `<a href="/zh-cn/modules/content/?x=1&amp;y=2" title="a > b">next</a>`,
  `<astro-island component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js" props="{&quot;href&quot;:[0,&quot;/zh-cn/progress/&quot;]}"></astro-island>`,
  `<a href="#main">skip</a>`,
  "</body></html>",
].join("");

describe("a page made into package content", () => {
  const { html, dropped } = rewritePage(PAGE, {
    page: "zh-cn/modules/cold-start/index.html",
    dropScripts: ["/_astro/UpdateNotice.js"],
  });

  it("addresses the package's files relatively, page files included", () => {
    expect(html).toContain(`href="../../../_astro/index.css"`);
    expect(html).toContain(`src="../../../_astro/Header.js"`);
    expect(html).toContain(
      `href="../../../zh-cn/modules/content/index.html?x=1&amp;y=2" title="a > b"`,
    );
    expect(html).toContain(
      `component-url="../../../_astro/Quiz.js" renderer-url="../../../_astro/client.js"`,
    );
    expect(html).toContain(`href="#main"`);
    expect(html).toContain(`href="http://localhost:4321/zh-cn/modules/cold-start/"`);
  });

  it("leaves out the service worker's registration and the web app manifest", () => {
    expect(dropped).toBe(1);
    expect(html).not.toContain("UpdateNotice");
    expect(html).not.toContain("manifest.webmanifest");
  });

  it("keeps inline scripts byte for byte, so their hashes in the policy still hold", () => {
    const hash = (s: string) => createHash("sha256").update(s).digest("base64");
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1]!));
    expect(inline).toEqual([hash(INLINE)]);
  });

  it("loads lms/page.js first of all the page's scripts", () => {
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy"[^>]*><script src="\.\.\/\.\.\/\.\.\/lms\/page\.js"><\/script><script>/,
    );
  });
});

describe("the built scripts made into package content", () => {
  it.each([
    [
      "chunk preloading",
      `o=t(n.map(t=>{if((t="/"+t)in e)return;`,
      `o=t(n.map(t=>{if((t=new URL("../"+t,import.meta.url).href)in e)return;`,
    ],
    [
      "workers",
      `new Worker(new URL("/_astro/montecarlo.worker-CfO8gbO0.js",import.meta.url),{type:"module"})`,
      `new Worker(new URL("./montecarlo.worker-CfO8gbO0.js",import.meta.url),{type:"module"})`,
    ],
    [
      "search",
      `const t="/pagefind/pagefind.js";import(t)`,
      `const t=new URL("../pagefind/pagefind.js",import.meta.url).href;import(t)`,
    ],
  ] as const)("%s resolve from the script's own address", (name, js, expected) => {
    const out = rewriteScript(js);
    expect(out.js).toBe(expected);
    expect(out.counts[name]).toBe(1);
    expect(rootAddressesIn(out.js)).toEqual([]);
  });

  it("finds root addresses a rewrite did not cover", () => {
    expect(rootAddressesIn(`fetch("/_astro/data.json")`)).toEqual([`"/_astro/data.json"`]);
  });
});

describe("learners sharing a browser", () => {
  it("sets one learner's data aside when another opens the course, and brings it back", () => {
    const storage = memoryStorage({ "col:theme": "dark", "col:v1:progress": "A's progress" });
    expect(claimFor(storage, "a")).toBe(true);
    expect(storage.getItem("col:v1:progress")).toBe("A's progress");
    expect(claimFor(storage, "b")).toBe(true);
    expect(storage.getItem("col:v1:progress")).toBeNull();
    expect(storage.getItem("col:theme")).toBe("dark");
    storage.setItem("col:v1:progress", "B's progress");
    expect(claimFor(storage, "a")).toBe(true);
    expect(storage.getItem("col:v1:progress")).toBe("A's progress");
    expect(claimFor(storage, "b")).toBe(true);
    expect(storage.getItem("col:v1:progress")).toBe("B's progress");
    expect(storage.getItem(OWNER_KEY)).toBe("b");
  });

  it("changes nothing when there is no room to set the data aside", () => {
    const storage = memoryStorage({ [OWNER_KEY]: "a", "col:v1:progress": "x".repeat(100) }, 150);
    expect(claimFor(storage, "b")).toBe(false);
    expect(storage.getItem("col:v1:progress")).toBe("x".repeat(100));
    expect(storage.getItem(OWNER_KEY)).toBe("a");
  });
});

describe("what the LMS is told", () => {
  it.each([
    ["Lei, Li", "Li Lei"],
    ["李, 雷", "李雷"],
    ["韩梅梅", "韩梅梅"],
    ["  Ada Lovelace ", "Ada Lovelace"],
  ])("the LMS's name %j reads as %j", (raw, name) => {
    expect(displayName(raw)).toBe(name);
  });

  it.each([
    [0, "00:00:00", "PT0H0M0S"],
    [3725.4, "01:02:05", "PT1H2M5S"],
    [360_000, "100:00:00", "PT100H0M0S"],
  ])("%d seconds of session time", (seconds, scorm12, iso) => {
    expect(scorm12Time(seconds)).toBe(scorm12);
    expect(isoDuration(seconds)).toBe(iso);
  });
});

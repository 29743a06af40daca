#!/usr/bin/env node
// After `astro build`: index the site with Pagefind (its extended binary segments Chinese), then
// give every page a Content-Security-Policy that allows only its own origin. Inline scripts and
// styles are allowed by hash, so nothing else can run. The pages are rewritten in memory while
// Pagefind indexes them as Astro wrote them, and written once it has finished.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const outDir = resolve(root, process.env.COL_OUT ?? "dist");

/** Every page carries the same few inline scripts and styles: each is hashed once. */
const hashes = new Map();
const sha = (text) => {
  if (!hashes.has(text))
    hashes.set(text, `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
  return hashes.get(text);
};

/**
 * The policy for one page, given its inline script and style contents. 'wasm-unsafe-eval' is there
 * for search alone, which is on every page: Pagefind runs its index lookups in WebAssembly
 * (pagefind/wasm.*.pagefind, compiled with WebAssembly.instantiate), and a policy without it stops
 * that compilation; it allows no JavaScript eval. Workers — the service worker (sw.js), the
 * Monte Carlo and verification workers — are all files of the site's own: worker-src 'self'.
 */
export function policy(scripts, styles) {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(scripts.map(sha))].join(" ")}`.trim(),
    `style-src 'self' ${[...new Set(styles.map(sha))].join(" ")}`.trim(),
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

/**
 * Astro writes its island style (`astro-island{display:contents}`) into the body where the first
 * island is; HTML allows a style element only in the head (the W3C validator flags it), so it moves
 * there, after everything else in the head.
 */
export function stylesToHead(html) {
  const bodyAt = html.search(/<body[\s>]/);
  if (bodyAt < 0) return html;
  const moved = [];
  const body = html
    .slice(bodyAt)
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, (style) => (moved.push(style), ""));
  if (!moved.length) return html;
  const head = html.slice(0, bodyAt);
  const end = head.lastIndexOf("</head>");
  if (end < 0) return html;
  return head.slice(0, end) + moved.join("") + head.slice(end) + body;
}

/** The page with its styles in the head and its Content-Security-Policy after the charset. */
function withPolicy(file) {
  let html = stylesToHead(readFileSync(file, "utf8"));
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/type="application\/(ld\+)?json"/.test(attrs))
    .map(([, , body]) => body);
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, body]) => body);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(scripts, styles)}">`;
  html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "");
  if (!/<meta charset="utf-8"\s*\/?>/i.test(html)) {
    console.error(`${file}: no <meta charset="utf-8"> to place the Content-Security-Policy after.`);
    process.exit(1);
  }
  return html.replace(/<meta charset="utf-8"\s*\/?>/i, (m) => `${m}${meta}`);
}

const pagefind = spawn(
  process.execPath,
  [join(root, "node_modules/pagefind/lib/runner/bin.cjs"), "--site", outDir, "--quiet"],
  { stdio: "inherit" },
);
const pagefindDone = once(pagefind, "close");
const pages = htmlFiles(outDir).map((file) => [file, withPolicy(file)]);
const [status] = await pagefindDone;
if (status !== 0) {
  console.error("Pagefind failed to index the site.");
  process.exit(1);
}
for (const [file, html] of pages) writeFileSync(file, html);
console.log(
  `postbuild: Pagefind index written; Content-Security-Policy on ${pages.length} pages in ${outDir}`,
);

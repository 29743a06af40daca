/**
 * Addresses inside a package. The site names its pages from the root of a domain
 * ("/zh-cn/modules/cold-start/"); a package is served from a folder an LMS chooses, and an LMS
 * serves files, not folders. Both the packaging step (the pages' markup) and the pages as they run
 * (src/lms/page.ts) turn a root address into one inside the package with these.
 */

/** A path from the site's root with its page file: "/zh-cn/" → "zh-cn/index.html". */
function pageFile(pathname: string): string {
  const path = pathname.replace(/^\/+/, "");
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}

/** Splits "path?query#hash"; null for what is not an address from the site's root. */
function rootAddress(href: string): { path: string; rest: string } | null {
  if (!href.startsWith("/") || href.startsWith("//")) return null;
  const cut = href.search(/[?#]/);
  return cut < 0 ? { path: href, rest: "" } : { path: href.slice(0, cut), rest: href.slice(cut) };
}

/**
 * A root address as an absolute address inside the package at `root` (which ends in "/"); null
 * when `href` is not a root address (relative, another site, a fragment). An address already
 * inside the package (Pagefind's results: it finds its own place and names pages from there)
 * only gains its page file.
 */
export function packageHref(href: string, root: string): string | null {
  const parts = rootAddress(href);
  if (!parts) return null;
  const inside = new URL(root).pathname;
  const path = parts.path.startsWith(inside) ? parts.path.slice(inside.length - 1) : parts.path;
  return root + pageFile(path) + parts.rest;
}

/**
 * A root address as one relative to a page of the package (`page` its path inside the package,
 * "zh-cn/modules/cold-start/index.html"); null when `href` is not a root address.
 */
export function relativeHref(href: string, page: string): string | null {
  const parts = rootAddress(href);
  if (!parts) return null;
  const depth = page.split("/").length - 1;
  return "../".repeat(depth) + pageFile(parts.path) + parts.rest;
}

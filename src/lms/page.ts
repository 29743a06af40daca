/**
 * In every page of a package (lms/page.js, before the page's own scripts): the site is built for
 * the root of a domain, and inside an LMS it is served from somewhere below it
 * (/pluginfile.php/…/content/1/). The packaging step made every address written in the pages
 * relative; the links the pages make as they run (search results, islands' lists, the sandbox's
 * module links) still name the site's root, and this script points each one into the package as
 * it appears, page file included (an LMS serves files, not folders).
 */
import { packageHref } from "./paths";

const script = document.currentScript as HTMLScriptElement | null;
// lms/page.js sits one folder below the package's root.
const root = new URL("../", script?.src ?? location.href).href;

function fix(anchor: Element) {
  const href = anchor.getAttribute("href");
  const inside = href === null ? null : packageHref(href, root);
  if (inside !== null) anchor.setAttribute("href", inside);
}

function fixAll(node: Node) {
  if (!(node instanceof Element)) return;
  if (node.matches("a[href]")) fix(node);
  for (const anchor of node.querySelectorAll("a[href]")) fix(anchor);
}

new MutationObserver((changes) => {
  for (const change of changes) {
    if (change.type === "attributes") fix(change.target as Element);
    else change.addedNodes.forEach(fixAll);
  }
}).observe(document.documentElement, {
  subtree: true,
  childList: true,
  attributes: true,
  attributeFilter: ["href"],
});

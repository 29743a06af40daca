/**
 * The package's launch page, index.html at its root: the page the LMS opens (src/lms/launch.ts
 * runs it). Its configuration travels inside it as JSON, and it allows nothing but the package's
 * own files — and, in a cmi5 package, requests to the learning record store the LMS names at
 * launch, wherever it is.
 */
import type { LmsConfig } from "../schemas/lms";

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function launchPolicy(standard: LmsConfig["standard"]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self'${standard === "cmi5" ? " https: http:" : ""}`,
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

export function launchPage(config: LmsConfig): string {
  const lang = config.lang;
  // "</" may not appear inside a script element; JSON allows writing it as "<\/".
  const json = JSON.stringify(config).replace(/<\//g, "<\\/");
  return [
    "<!doctype html>",
    `<html lang="${lang === "en" ? "en" : "zh-CN"}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${launchPolicy(config.standard)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(config.title[lang])}</title>`,
    '<link rel="icon" href="favicon.svg" type="image/svg+xml">',
    '<link rel="stylesheet" href="lms/launch.css">',
    `<script type="application/json" id="col-lms-config">${json}</script>`,
    '<script src="lms/launch.js" defer></script>',
    "</head>",
    "<body>",
    '<div class="lms-notices" data-lms-notices></div>',
    `<p class="lms-loading" data-lms-loading>${escapeHtml(config.strings[lang]["lms.loading"] ?? "")}</p>`,
    `<iframe class="lms-frame" data-lms-frame title="${escapeHtml(config.strings[lang]["lms.frame"] ?? "")}" hidden></iframe>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

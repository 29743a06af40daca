#!/usr/bin/env node
// Merges UI strings into src/i18n/zh-cn.json and en.json, keeping both files sorted.
// Usage: node scripts/i18n-add.mjs patch.json
//   patch.json: { "zh-cn": { "key": "…" }, "en": { "key": "…" } } — both languages, same keys.
import { readFileSync, writeFileSync } from "node:fs";

const patchFile = process.argv[2];
if (!patchFile) {
  console.error("usage: node scripts/i18n-add.mjs patch.json");
  process.exit(2);
}
const patch = JSON.parse(readFileSync(patchFile, "utf8"));
const zhKeys = Object.keys(patch["zh-cn"] ?? {}).sort();
const enKeys = Object.keys(patch.en ?? {}).sort();
if (zhKeys.join("\n") !== enKeys.join("\n")) {
  const only = (a, b) => a.filter((k) => !b.includes(k));
  console.error(
    `keys differ: only zh-cn: ${only(zhKeys, enKeys).join(", ")}; only en: ${only(enKeys, zhKeys).join(", ")}`,
  );
  process.exit(2);
}
for (const lang of ["zh-cn", "en"]) {
  const path = new URL(`../src/i18n/${lang}.json`, import.meta.url);
  const current = JSON.parse(readFileSync(path, "utf8"));
  const merged = { ...current, ...patch[lang] };
  const sorted = Object.fromEntries(
    Object.keys(merged)
      .sort()
      .map((k) => [k, merged[k]]),
  );
  writeFileSync(path, JSON.stringify(sorted, null, 2) + "\n");
}
console.log(`added or updated ${zhKeys.length} keys`);

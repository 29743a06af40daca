import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

export const DIST = resolve(process.env.COL_OUT ?? "dist");

/** Every page of the built site, as URL paths ("/en/modules/fundamentals/"). */
export function builtPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory())
        return name === "pagefind" || name === "_astro" ? [] : walk(path);
      return name.endsWith(".html") ? [path] : [];
    });
  return walk(DIST)
    .map(
      (file) =>
        "/" +
        relative(DIST, file)
          .replace(/index\.html$/, "")
          .replace(/\\/g, "/"),
    )
    .filter((path) => path !== "/404.html")
    .sort();
}

// @ts-check
import { defineConfig, passthroughImageService } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import remarkCjkFriendly from "remark-cjk-friendly";
import rehypeScrollableTables from "./src/lib/rehype-scrollable-tables.mjs";

// Each engineer may build into a folder of their own (COL_OUT) so parallel builds never collide.
const outDir = process.env.COL_OUT ?? "./dist";

export default defineConfig({
  outDir,
  cacheDir: process.env.COL_OUT ? `${process.env.COL_OUT}-cache` : "./node_modules/.astro",
  site: "http://localhost:4321",
  trailingSlash: "always",
  integrations: [mdx(), preact()],
  // CommonMark will not close **bold** after Chinese punctuation (**注意：**这样) — this fixes it.
  markdown: { remarkPlugins: [remarkCjkFriendly], rehypePlugins: [rehypeScrollableTables] },
  i18n: {
    locales: ["zh-cn", "en"],
    defaultLocale: "zh-cn",
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // No raster images are processed, so sharp is never needed.
  image: { service: passthroughImageService() },
  build: { inlineStylesheets: "never", format: "directory" },
  server: { port: 4321, host: "127.0.0.1" },
  devToolbar: { enabled: false },
  prefetch: false,
});

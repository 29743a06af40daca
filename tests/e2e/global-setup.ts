import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { serveStatic } from "./server";

/** Serves the built site on a free local port for every e2e test file. */
export default async function setup(project: TestProject) {
  const dist = resolve(process.env.COL_OUT ?? "dist");
  if (!existsSync(resolve(dist, "index.html"))) {
    throw new Error(`No built site in ${dist}: run \`npm run build\` first (npm test does).`);
  }
  const { server, url } = await serveStatic(dist);
  project.provide("baseUrl", url);
  return () => new Promise<void>((done) => server.close(() => done()));
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

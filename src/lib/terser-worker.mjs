// @ts-check
// One terser thread for terser-chunks.mjs: minifies each { id, code } it is sent.
import { parentPort, workerData } from "node:worker_threads";
import { minify } from "terser";

parentPort?.on("message", async ({ id, code }) => {
  try {
    const result = await minify(code, workerData.options);
    parentPort?.postMessage({ id, code: result.code });
  } catch (error) {
    parentPort?.postMessage({ id, error: String(error) });
  }
});

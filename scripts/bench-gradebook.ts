/**
 * The gradebook in a real browser: 500 submission files loaded at once into the built
 * instructor page (Debian Chromium, headless), timed from the file input's change event until the
 * table shows 500 verified rows. While it runs, the page's main thread is watched: its longest
 * task and the longest gap between animation frames say whether the page stayed responsive.
 *
 *   COL_OUT=/tmp/my-dist npm run build && COL_OUT=/tmp/my-dist npx tsx scripts/bench-gradebook.ts [--count 500] [--runs N] [--dir DIR]
 *
 * --dir takes the files from a folder (scripts/make-class.ts --out) instead of making them now.
 *
 * `npm run bench` includes it when a built site is there.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { parseAssignment } from "../src/grading/submission";
import { serveStatic } from "../tests/e2e/server";
import { makeClass } from "./make-class";

export interface GradebookBench {
  files: number;
  /** From the file input's change event to the frame after the table shows every row, verified. */
  totalMs: number;
  /** The page's own figure: from the first file queued to the last verified. */
  pageMs: number | null;
  /** Longest main-thread task in that time (Long Tasks API: 0 when none passed 50 ms). */
  longestTaskMs: number;
  longTasks: number;
  /** Longest gap between animation frames in that time. */
  longestFrameGapMs: number;
  workers: number;
}

const ASSIGNMENT = "tests/fixtures/assignments/coffee-retention-sprint.json";

/**
 * Runs in the page (as text, so no bundler helpers leak in): notes when the file input changes,
 * collects long tasks and frame gaps, and notes the frame after the one in which the table holds
 * every row and checking is done — by then the rows have been laid out and painted.
 */
const PROBE = `function (expected) {
  var bench = { start: null, seen: null, end: null, tasks: [], gap: 0 };
  window.__bench = bench;
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (e) { bench.tasks.push([e.startTime, e.duration]); });
  }).observe({ type: "longtask", buffered: false });
  document.querySelector("#in-files").addEventListener("change", function () { bench.start = performance.now(); }, { capture: true });
  var last = performance.now();
  function frame(now) {
    if (bench.start !== null && last >= bench.start) bench.gap = Math.max(bench.gap, now - last);
    last = now;
    if (bench.seen !== null) {
      bench.end = now;
      return;
    }
    var rows = document.querySelectorAll(".in-table .in-row").length;
    var status = document.querySelector(".in-progress [role=status]");
    var done = status ? status.textContent : "";
    if (bench.start !== null && rows === expected && /checked/i.test(done)) bench.seen = now;
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
}`;

/** The built site to test: COL_OUT or dist/. */
export function builtSite(): string | null {
  const dist = resolve(process.env.COL_OUT ?? "dist");
  return existsSync(join(dist, "en/instructor/index.html")) ? dist : null;
}

/** `count` submission files: made now with the current engine, or read from a folder (make-class.ts --out). */
function classFiles(assignment: Parameters<typeof makeClass>[0], count: number, dir?: string) {
  if (!dir) return makeClass(assignment, count).map((f) => ({ name: f.name, text: f.text }));
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .slice(0, count);
  if (names.length < count) throw new Error(`${dir} has ${names.length} .json files, not ${count}`);
  return names.map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
}

export async function benchGradebook(count = 500, dir?: string): Promise<GradebookBench> {
  const dist = builtSite();
  if (!dist)
    throw new Error(
      "no built site with the instructor page: run `npm run build` first (COL_OUT picks the folder)",
    );
  const assignmentText = readFileSync(ASSIGNMENT, "utf8");
  const parsed = parseAssignment(assignmentText);
  if (!parsed.ok) throw new Error(`${ASSIGNMENT}: ${parsed.message}`);
  const files = classFiles(parsed.assignment, count, dir).map((f) => ({
    name: f.name,
    mimeType: "application/json",
    buffer: Buffer.from(f.text),
  }));

  const { server, url } = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${url}/en/instructor/#gradebook`);
    await page.locator("#in-files").waitFor({ state: "attached" });
    // The assignment first, so the timed batch is the submissions alone.
    await page.setInputFiles("#in-files", {
      name: "assignment.json",
      mimeType: "application/json",
      buffer: Buffer.from(assignmentText),
    });
    await page.locator(".in-gb-card").waitFor();
    await page.evaluate(`(${PROBE})(${count})`);
    await page.setInputFiles("#in-files", files);
    // Polled from here: the page's CSP forbids evaluating strings inside it (waitForFunction would).
    const deadline = Date.now() + 300_000;
    while (!(await page.evaluate("window.__bench.end !== null"))) {
      if (Date.now() > deadline) throw new Error("the table did not fill within 5 minutes");
      await new Promise((r) => setTimeout(r, 100));
    }
    // Long-task entries arrive a little after their tasks end.
    await page.waitForTimeout(500);
    const b = (await page.evaluate("window.__bench")) as {
      start: number;
      end: number;
      tasks: [number, number][];
      gap: number;
    };
    // Only tasks that began after the files arrived: the task that hands them over is the test's, not the page's.
    const tasks = b.tasks.filter(([at]) => at >= b.start && at < b.end).map(([, d]) => d);
    const status = (await page.locator(".in-progress [role=status]").textContent()) ?? "";
    const verified = await page.locator(".in-row[data-status=verified]").count();
    if (verified !== count) throw new Error(`only ${verified} of ${count} rows verified`);
    const workers = (await page.evaluate("navigator.hardwareConcurrency")) as number;
    return {
      files: count,
      totalMs: b.end - b.start,
      pageMs: /in ([\d.]+) s/.test(status) ? Number(/in ([\d.]+) s/.exec(status)![1]) * 1000 : null,
      longestTaskMs: Math.max(0, ...tasks),
      longTasks: tasks.length,
      longestFrameGapMs: b.gap,
      workers: Math.max(1, Math.min(4, workers)),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "500" },
      runs: { type: "string", default: "1" },
      dir: { type: "string" },
    },
  });
  const count = Number(values.count);
  const runs = Math.max(1, Number(values.runs) || 1);
  for (let i = 0; i < runs; i++) {
    const r = await benchGradebook(count, values.dir);
    process.stdout.write(
      `${r.files} submissions verified in the browser in ${(r.totalMs / 1000).toFixed(2)} s ` +
        `(page's own count ${r.pageMs === null ? "—" : (r.pageMs / 1000).toFixed(2) + " s"}; ${r.workers} worker(s)); ` +
        `main thread: longest task ${Math.round(r.longestTaskMs)} ms, ${r.longTasks} task(s) over 50 ms, longest frame gap ${Math.round(r.longestFrameGapMs)} ms\n`,
    );
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  });
}

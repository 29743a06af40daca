#!/usr/bin/env node
// How long a cold `npm run build` takes next to plain Starlight building the same module text, in
// one interleaved run so machine load falls on both alike:
//   node scripts/build-vs-starlight.mjs [--runs 3] [--also ../other-checkout]...
// Starlight is the dev-only fixture in tests/fixtures/starlight-baseline (exact versions, installed
// into .tmp/starlight-baseline with `npm ci`; nothing of it reaches the site). Each build is cold:
// its output and the Astro and Vite caches are removed first. `--also` adds another checkout of
// this project (say, main before a change) to the same rounds. Prints every build's wall-clock and
// CPU time, the load average, then the medians and each site's ratio to Starlight.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { prepareStarlightContent } from "../tests/fixtures/starlight-baseline/prepare.mjs";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const fixture = join(root, "tests/fixtures/starlight-baseline");
const site = join(root, ".tmp/starlight-baseline");

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    also: { type: "string", multiple: true, default: [] },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a whole number of builds, at least 1 (got "${values.runs}").`);
  process.exit(2);
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" };

function sh(command, args, cwd, extraEnv = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...env, ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    console.error(
      `${command} ${args.join(" ")} failed in ${cwd}:\n${result.stdout}${result.stderr}`,
    );
    process.exit(1);
  }
}

/** CPU seconds used by finished child processes (Linux); undefined elsewhere. */
function childCpuSeconds() {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
    // Fields 16 and 17 of /proc/<pid>/stat (cutime, cstime), in clock ticks of 1/100 s.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

function installStarlight() {
  const lock = readFileSync(join(fixture, "package-lock.json"), "utf8");
  const stamp = join(site, ".installed-lock");
  if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== lock) {
    console.log(`Installing the Starlight fixture into ${site} (once per lockfile)…`);
    rmSync(site, { recursive: true, force: true });
    cpSync(join(fixture, "package.json"), join(site, "package.json"));
    cpSync(join(fixture, "package-lock.json"), join(site, "package-lock.json"));
    sh("npm", ["ci", "--no-audit", "--no-fund"], site);
    cpSync(join(fixture, "package-lock.json"), stamp);
  }
  cpSync(join(fixture, "astro.config.mjs"), join(site, "astro.config.mjs"));
  cpSync(join(fixture, "src"), join(site, "src"), { recursive: true });
  const pages = prepareStarlightContent(join(root, "content/modules"), site);
  console.log(`Starlight fixture: ${pages} module pages from content/modules.`);
}

/** One thing to build cold: where, how, and what to delete first. */
function subjects() {
  const starlight = {
    name: "Starlight",
    cwd: site,
    command: ["node", ["node_modules/astro/astro.js", "build"]],
    env: {},
    caches: ["dist", ".astro", "node_modules/.astro", "node_modules/.vite"],
  };
  // Our builds go to their own folder (COL_OUT) so a dist/ being served or tested is left alone.
  const ours = (dir, name) => ({
    name,
    cwd: dir,
    command: ["npm", ["run", "build", "--silent"]],
    env: { COL_OUT: ".tmp/bench-build/dist" },
    caches: [".tmp/bench-build", ".astro", "node_modules/.astro", "node_modules/.vite"],
  });
  return [
    starlight,
    ours(root, "this checkout"),
    ...values.also.map((dir) => ours(resolve(dir), basename(resolve(dir)))),
  ];
}

function coldBuild(subject) {
  for (const cache of subject.caches)
    rmSync(join(subject.cwd, cache), { recursive: true, force: true });
  const cpuBefore = childCpuSeconds();
  const started = performance.now();
  sh(subject.command[0], subject.command[1], subject.cwd, subject.env);
  const wall = (performance.now() - started) / 1000;
  const cpu = cpuBefore === undefined ? undefined : childCpuSeconds() - cpuBefore;
  return { wall, cpu };
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const seconds = (x) => (x === undefined ? "   n/a" : `${x.toFixed(1).padStart(6)} s`);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

installStarlight();
const all = subjects();
const times = new Map(all.map((s) => [s.name, []]));
const loadAtStart = load();
console.log(`${runs} cold builds each, interleaved; load average (1/5/15 min) ${loadAtStart}`);
for (let round = 0; round < runs; round++) {
  // Rotate who goes first, so no site always builds right after the same neighbour.
  const order = all.map((_, i) => all[(i + round) % all.length]);
  for (const subject of order) {
    const time = coldBuild(subject);
    times.get(subject.name).push(time);
    console.log(
      `round ${round + 1}/${runs}  ${subject.name.padEnd(14)} ${seconds(time.wall)} wall ${seconds(time.cpu)} CPU  load ${load()}`,
    );
  }
}

const summary = all.map((s) => {
  const runsOf = times.get(s.name);
  const cpus = runsOf.map((t) => t.cpu);
  return {
    name: s.name,
    wall: median(runsOf.map((t) => t.wall)),
    cpu: cpus.includes(undefined) ? undefined : median(cpus),
  };
});
const [base] = summary;
console.log(`\nload average at the start ${loadAtStart}, at the end ${load()}`);
console.log("median of the cold builds (wall clock, CPU) and ratio to Starlight:");
for (const s of summary) {
  const ratio = (s.wall / base.wall).toFixed(2);
  const cpuRatio = s.cpu === undefined ? "n/a" : (s.cpu / base.cpu).toFixed(2);
  console.log(
    `  ${s.name.padEnd(14)} ${seconds(s.wall)} ${seconds(s.cpu)} CPU   ${ratio}× wall, ${cpuRatio}× CPU`,
  );
}

#!/usr/bin/env node
/**
 * `npm run package`: builds the site, then SCORM 1.2, SCORM 2004 and cmi5 packages of it in
 * dist-lms/ (scripts/lms-package.ts; README, "The course in an LMS").
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { LMS_STANDARDS, type LmsStandard } from "../src/schemas/lms";
import { assignmentFlag, flag, has, parseArgs, UsageError } from "../src/cli/args";
import { buildPackages, readCourse, type PackageRequest } from "./lms-package";

const HELP = `npm run package [-- options]

Builds the site (npm run build), then one zip per standard in dist-lms/:
SCORM 1.2, SCORM 2004 4th edition and cmi5, each a single SCO/AU holding the whole site.

  --module ID          one module's package ("04-cold-start" or "cold-start")
  --assignment FILE    one instructor's simulation assignment (a file the instructor page saves)
  --standard NAME      only scorm12, scorm2004 or cmi5 (may be repeated)
  --lang zh-cn|en      the language opened when the LMS states none (default zh-cn)
  --mastery N          passing score, 0–1 or a percent (default 0.7)
  --out DIR            where the zips go (default dist-lms)
  --no-build           package the site already in dist/ (or COL_OUT) as it is
`;

const SPECS = {
  help: { value: false },
  module: { value: true },
  assignment: { value: true },
  standard: { value: true, repeat: true },
  lang: { value: true },
  mastery: { value: true },
  out: { value: true },
  "no-build": { value: false },
};

function request(argv: string[]): PackageRequest | null {
  const args = parseArgs(argv, SPECS);
  if (has(args, "help")) return null;
  const module = flag(args, "module");
  const assignment = assignmentFlag(args);
  if (module && assignment) throw new UsageError("give --module or --assignment, not both");
  const course = readCourse();
  if (module && !course.some((m) => m.id === module || m.data["zh-cn"].slug === module)) {
    throw new UsageError(`--module ${module}: modules are ${course.map((m) => m.id).join(", ")}`);
  }
  const standards = args.flags.get("standard") ?? [...LMS_STANDARDS];
  for (const s of standards) {
    if (!(LMS_STANDARDS as readonly string[]).includes(s))
      throw new UsageError(`--standard ${s}: use ${LMS_STANDARDS.join(", ")}`);
  }
  const lang = flag(args, "lang") ?? "zh-cn";
  if (lang !== "zh-cn" && lang !== "en") throw new UsageError(`--lang ${lang}: use zh-cn or en`);
  const masteryText = flag(args, "mastery");
  let mastery = masteryText === undefined ? 0.7 : Number(masteryText);
  if (mastery > 1 && mastery <= 100) mastery /= 100;
  if (!(mastery >= 0 && mastery <= 1))
    throw new UsageError(`--mastery ${masteryText}: a score from 0 to 1 (or a percent)`);
  return {
    from: resolve(process.env.COL_OUT ?? "dist"),
    out: resolve(flag(args, "out") ?? "dist-lms"),
    scope: module
      ? { kind: "module", module }
      : assignment
        ? { kind: "assignment", assignment }
        : { kind: "course" },
    standards: standards as LmsStandard[],
    lang,
    mastery,
  };
}

async function main(argv: string[]): Promise<number> {
  const wanted = request(argv);
  if (!wanted) {
    process.stdout.write(HELP);
    return 0;
  }
  if (!argv.includes("--no-build")) {
    const built = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
    if (built.status !== 0) return built.status ?? 1;
  }
  const started = Date.now();
  const packages = await buildPackages(wanted);
  for (const p of packages) {
    const mb = (p.size / 1024 / 1024).toFixed(2);
    process.stdout.write(`${p.standard.padEnd(9)} ${mb} MB  ${p.files} files  ${p.file}\n`);
  }
  process.stdout.write(`packaged in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    const usage = error instanceof UsageError;
    process.stderr.write(
      `${usage ? "error" : "internal error"}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = usage ? 2 : 1;
  },
);

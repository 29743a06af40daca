import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Vitest runs the slowest files first when it remembers their durations and the largest first
 * when it does not (a fresh clone, as in CI). all-pages.test.ts is small but visits every page:
 * started last, it would be the one file still running while the other workers sit idle.
 */
export class AllPagesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (f: TestSpecification) => f.moduleId.endsWith("/tests/e2e/all-pages.test.ts");
    return [...sorted.filter(first), ...sorted.filter((f) => !first(f))];
  }
}

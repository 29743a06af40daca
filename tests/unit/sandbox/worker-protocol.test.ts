import { describe, expect, it } from "vitest";
import {
  JobCancelled,
  PROGRESS_STEPS,
  sparseProgress,
  workerClient,
  type WorkerRequest,
  type WorkerResponse,
} from "../../../src/sandbox/worker-protocol";
import { MODEL_VERSION, type PercentileTable, type Run } from "../../../src/sim/index";

const run: Run = {
  modelVersion: MODEL_VERSION,
  scenario: "coffee-members",
  seed: 7,
  weeks: 52,
  decisions: [],
};

/** A worker that records what it is sent and answers when the test says so. */
class FakeWorker {
  sent: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(request: WorkerRequest) {
    this.sent.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer(response: WorkerResponse) {
    this.onmessage?.({ data: response } as MessageEvent<WorkerResponse>);
  }
}

function table(runs: number): PercentileTable {
  return {
    runs,
    metrics: ["members"],
    weeks: 1,
    bands: new Float64Array(3),
    final: new Float64Array(3),
  };
}

function setUp() {
  const workers: FakeWorker[] = [];
  const client = workerClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w as unknown as Worker;
  });
  return { client, workers };
}

describe("the sandbox's worker client", () => {
  it("keeps one worker for job after job, and warms it only when it starts it", async () => {
    const { client, workers } = setUp();
    client.prepare(run, 400, ["members"]);
    const first = client.monteCarlo(run, 200, ["members"], () => {});
    const w = workers[0] as FakeWorker;
    w.answer({ type: "mc", id: w.sent[1]?.id ?? 0, result: table(200) });
    await expect(first.promise).resolves.toMatchObject({ runs: 200 });
    client.prepare(run, 400, ["members"]);
    const second = client.monteCarlo(run, 100, ["members"], () => {});
    w.answer({ type: "mc", id: w.sent[2]?.id ?? 0, result: table(100) });
    await expect(second.promise).resolves.toMatchObject({ runs: 100 });
    expect(workers).toHaveLength(1);
    expect(w.sent.map((r) => r.type)).toEqual(["warm", "mc", "mc"]);
  });

  it("sends only the newest of the jobs asked for while the worker was busy, and answers it", async () => {
    const { client, workers } = setUp();
    const progress: number[] = [];
    const old = client.monteCarlo(run, 500, ["members"], () => {});
    const w = workers[0] as FakeWorker;
    const replaced = client.monteCarlo(run, 100, ["members"], () => {});
    const newest = client.monteCarlo(run, 200, ["members"], (done) => progress.push(done));
    await expect(old.promise).rejects.toBeInstanceOf(JobCancelled);
    await expect(replaced.promise).rejects.toBeInstanceOf(JobCancelled);
    // The worker is still on the first job: nothing else has been sent, its progress is not shown.
    expect(w.sent).toHaveLength(1);
    const oldId = w.sent[0]?.id ?? 0;
    w.answer({ type: "progress", id: oldId, done: 250, total: 500 });
    w.answer({ type: "mc", id: oldId, result: table(500) });
    expect(w.sent.map((r) => (r.type === "mc" ? r.runs : 0))).toEqual([500, 200]);
    const newId = w.sent[1]?.id ?? 0;
    w.answer({ type: "progress", id: newId, done: 100, total: 200 });
    w.answer({ type: "mc", id: newId, result: table(200) });
    await expect(newest.promise).resolves.toMatchObject({ runs: 200 });
    expect(progress).toEqual([100]);
    expect(w.terminated).toBe(false);
  });

  it("cancels by ending the worker; the next job starts a new one", async () => {
    const { client, workers } = setUp();
    const job = client.monteCarlo(run, 500, ["members"], () => {});
    job.cancel();
    await expect(job.promise).rejects.toBeInstanceOf(JobCancelled);
    expect(workers[0]?.terminated).toBe(true);
    const next = client.monteCarlo(run, 200, ["members"], () => {});
    const w = workers[1] as FakeWorker;
    expect(w.sent).toHaveLength(1);
    w.answer({ type: "mc", id: w.sent[0]?.id ?? 0, result: table(200) });
    await expect(next.promise).resolves.toMatchObject({ runs: 200 });
  });

  it("rejects with the worker's message when a job fails, and stays ready for the next", async () => {
    const { client, workers } = setUp();
    const job = client.monteCarlo(run, 200, ["members"], () => {});
    const w = workers[0] as FakeWorker;
    w.answer({ type: "error", id: w.sent[0]?.id ?? 0, message: "unknown scenario" });
    await expect(job.promise).rejects.toThrow("unknown scenario");
    const next = client.monteCarlo(run, 200, ["members"], () => {});
    expect(w.sent).toHaveLength(2);
    w.answer({ type: "mc", id: w.sent[1]?.id ?? 0, result: table(200) });
    await expect(next.promise).resolves.toMatchObject({ runs: 200 });
  });
});

describe("sparseProgress", () => {
  it.each([50, 200, 500])(
    "passes on at most one report per twentieth of %i runs, and always the last",
    (total) => {
      const seen: number[] = [];
      const report = sparseProgress((done) => seen.push(done));
      for (let done = 1; done <= total; done++) report(done, total);
      expect(seen.length).toBeLessThanOrEqual(PROGRESS_STEPS);
      expect(seen.at(-1)).toBe(total);
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
    },
  );
});

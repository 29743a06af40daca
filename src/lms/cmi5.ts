/**
 * A cmi5 session, launched with @xapi/cmi5: it reads the launch parameters from the address,
 * fetches the auth token, reads LMS.LaunchData and the learner's preferences, and sends
 * "initialized". After that the statements it builds go out through a queue of our own, one at a
 * time and in order, so that when the page goes away the ones not yet acknowledged and
 * "terminated" leave together in one request that outlives the page (fetch keepalive).
 *
 * The order is the spec's: initialized, then completed (once per registration, when every covered
 * module is complete), passed (once per registration) or failed (at most once per session, never
 * after passed), and terminated last. What was sent in earlier sessions is kept in the package's
 * state document beside the suspend data and the resume point. Outside the Normal launch mode
 * (Browse, Review) nothing but initialized and terminated is sent.
 */
import Cmi5 from "@xapi/cmi5";
import { Cmi5StateSchema, type Cmi5State } from "../schemas/lms";
import type { Connection, Interaction, Saved } from "./connection";

/** The package's own state document (LMS.LaunchData is the LMS's). */
export const STATE_ID = "community-ops-lab.progress";

const XAPI_VERSION = "1.0.3";

type Statement = { id?: string } & Record<string, unknown>;

interface Lrs {
  endpoint: string;
  auth: string;
  actor: unknown;
  activityId: string;
  registration: string;
}

function headers(lrs: Lrs, json: boolean): Record<string, string> {
  return {
    Authorization: lrs.auth,
    "X-Experience-API-Version": XAPI_VERSION,
    ...(json ? { "Content-Type": "application/json" } : {}),
  };
}

function stateUrl(lrs: Lrs): string {
  const query = new URLSearchParams({
    activityId: lrs.activityId,
    agent: JSON.stringify(lrs.actor),
    stateId: STATE_ID,
    registration: lrs.registration,
  });
  return `${lrs.endpoint}activities/state?${query}`;
}

async function readState(lrs: Lrs): Promise<Cmi5State | null> {
  const response = await fetch(stateUrl(lrs), { headers: headers(lrs, false) });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`state: HTTP ${response.status}`);
  const text = await response.text();
  let data: unknown = null;
  try {
    data = JSON.parse(text);
  } catch {
    data = null;
  }
  const parsed = Cmi5StateSchema.safeParse(data);
  // A state document that is not ours is handed on whole as suspend data, which then reads as
  // unreadable: the launch page keeps a copy and says so.
  return parsed.success ? parsed.data : { suspend: text, location: "", sent: {} };
}

async function writeState(lrs: Lrs, state: Cmi5State, keepalive: boolean): Promise<string | null> {
  try {
    const response = await fetch(stateUrl(lrs), {
      method: "PUT",
      headers: headers(lrs, true),
      body: JSON.stringify(state),
      keepalive,
    });
    return response.ok ? null : `state: HTTP ${response.status}`;
  } catch (error) {
    return `state: ${String(error)}`;
  }
}

/**
 * Statements in order: one request at a time while the page lives; once closed, `flush` sends
 * whatever is not yet acknowledged in one request that survives unloading.
 */
function statementQueue(lrs: Lrs) {
  const pending: { statement: Statement; done: (error: string | null) => void }[] = [];
  let sending = false;
  let flushed = false;
  const post = (body: unknown, keepalive: boolean) =>
    fetch(`${lrs.endpoint}statements`, {
      method: "POST",
      headers: headers(lrs, true),
      body: JSON.stringify(body),
      keepalive,
    });
  async function pump() {
    if (sending || flushed) return;
    sending = true;
    while (pending.length && !flushed) {
      const next = pending[0]!;
      let error: string | null = null;
      try {
        const response = await post(next.statement, false);
        if (!response.ok) error = `statements: HTTP ${response.status}`;
      } catch (e) {
        error = `statements: ${String(e)}`;
      }
      if (flushed) break;
      pending.shift();
      next.done(error);
    }
    sending = false;
  }
  return {
    send(statement: Statement): Promise<string | null> {
      return new Promise((done) => {
        pending.push({ statement, done });
        void pump();
      });
    },
    /** The page is going away: nothing more is sent one at a time. */
    close() {
      flushed = true;
    },
    /** Everything not yet acknowledged, in order, in one request that outlives the page. */
    flush() {
      if (pending.length)
        void post(
          pending.map((p) => p.statement),
          true,
        ).catch(() => undefined);
    },
  };
}

/** Opens a cmi5 session, or null when the address holds no cmi5 launch. */
export async function connectCmi5(): Promise<Connection | null> {
  if (!Cmi5.isCmiAvailable) return null;
  const cmi5 = new Cmi5();
  await cmi5.initialize();
  const params = cmi5.getLaunchParameters();
  const launch = cmi5.getLaunchData();
  const endpoint = params.endpoint.endsWith("/") ? params.endpoint : `${params.endpoint}/`;
  const lrs: Lrs = {
    endpoint,
    auth: `Basic ${cmi5.getAuthToken()}`,
    actor: params.actor,
    activityId: params.activityId,
    registration: params.registration,
  };
  const queue = statementQueue(lrs);
  // From here on the library builds statements and the queue sends them.
  const xapi = cmi5.xapi as unknown as {
    sendStatement: (p: { statement: Statement }) => Promise<unknown>;
  };
  xapi.sendStatement = ({ statement }) =>
    queue.send(statement).then((error) => {
      if (error) throw new Error(error);
      return { data: [statement.id] };
    });

  const stored = await readState(lrs);
  const sent: Cmi5State["sent"] = { ...stored?.sent };
  let failedThisSession = false;
  const recording = launch.launchMode === "Normal";
  const actor = params.actor as { name?: string; account?: { name?: string }; mbox?: string };
  const state = (saved: Saved): Cmi5State => ({
    suspend: saved.suspend,
    location: saved.location,
    sent: { ...sent },
  });

  /**
   * The statements a report calls for now, in the spec's order. Each is queued as it is built,
   * so when the page is going away they are all queued before "terminated".
   */
  function statements(saved: Saved): Promise<unknown>[] {
    const r = saved.report;
    const score =
      r.scaled === undefined
        ? undefined
        : { scaled: r.scaled, raw: Math.round(r.scaled * 1000) / 10, min: 0, max: 100 };
    const sending: Promise<unknown>[] = [];
    if (r.completion === "completed" && !sent.completed) {
      sent.completed = true;
      sending.push(cmi5.complete());
    }
    if (r.success === "passed" && !sent.passed) {
      sent.passed = true;
      sending.push(cmi5.pass(score));
    } else if (r.success === "failed" && !sent.passed && !failedThisSession) {
      failedThisSession = true;
      sending.push(cmi5.fail(score));
    }
    return sending;
  }
  const refusal = (error: unknown) => (error instanceof Error ? error.message : String(error));

  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = chain.then(task);
    chain = next.catch(() => undefined);
    return next;
  };

  return {
    standard: "cmi5",
    learner: {
      id: actor.account?.name ?? actor.mbox ?? "",
      name: actor.name ?? actor.account?.name ?? "",
    },
    language: cmi5.getLearnerPreferences().languagePreference ?? "",
    suspend: stored?.suspend ?? "",
    location: stored?.location ?? "",
    mastery: typeof launch.masteryScore === "number" ? launch.masteryScore : undefined,
    recording,
    save: (saved) =>
      serial(async () => {
        const refused = await Promise.all(recording ? statements(saved) : []).then(
          () => null,
          refusal,
        );
        return (await writeState(lrs, state(saved), false)) ?? refused;
      }),
    interaction: (i: Interaction) =>
      serial(async () => {
        if (!recording) return null;
        try {
          await cmi5.interaction(
            i.id,
            "run",
            i.hash,
            {
              type: "http://adlnet.gov/expapi/activities/cmi.interaction",
              interactionType: "other",
              name: { und: i.title },
            },
            i.passed,
          );
          return null;
        } catch (error) {
          return refusal(error);
        }
      }),
    finish(saved) {
      queue.close();
      const last = [...(recording ? statements(saved) : []), cmi5.terminate()];
      for (const sending of last) sending.catch(() => undefined);
      queue.flush();
      void writeState(lrs, state(saved), true);
    },
  };
}

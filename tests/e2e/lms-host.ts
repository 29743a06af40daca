/**
 * A stand-in LMS for the package end-to-end test (tests/e2e/lms.test.ts), on a port of its own:
 *
 * - /lms/<name>/…      the files of an unzipped package, below the root as an LMS serves them;
 * - /host/<name>.html   a player page: for SCORM, scorm-again (a maintained LMS-side runtime)
 *                       provides window.API / window.API_1484_11 with the data the LMS holds for
 *                       the attempt, and frames the package's launch page; for cmi5, the launch
 *                       page is framed with the launch parameters the spec defines;
 * - /lrs/…              a learning record store that records statements and state documents.
 */
import { createServer, type Server } from "node:http";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { extname } from "node:path";
import { unzipSync } from "fflate";
import { TYPES } from "./server";

const require = createRequire(import.meta.url);

export type Standard = "scorm12" | "scorm2004" | "cmi5";

export interface Statement {
  id: string;
  verb: { id: string };
  result?: {
    score?: { scaled?: number };
    success?: boolean;
    completion?: boolean;
    response?: string;
    duration?: string;
  };
  object: { id: string };
  context?: { registration?: string };
}

export interface Attempt {
  standard: Standard;
  /** The package (a name given to serve()). */
  pkg: string;
  /** What the LMS hands the SCO at launch (scorm-again's loadFromJSON), or the cmi5 launch. */
  cmi?: Record<string, unknown>;
  cmi5?: {
    registration: string;
    actor: { name: string; account: { homePage: string; name: string } };
    masteryScore: number;
    lang: string;
  };
}

export interface LmsHost {
  url: string;
  serve(name: string, zip: Uint8Array): number;
  /** The player page of an attempt the test describes. */
  attempt(attempt: Attempt): string;
  statements: Statement[];
  states: Map<string, string>;
  close(): Promise<void>;
}

const SCORM_AGAIN: Record<Exclude<Standard, "cmi5">, string> = {
  scorm12: "scorm12/min",
  scorm2004: "scorm2004/min",
};
const API_NAME = { scorm12: ["API", "Scorm12API"], scorm2004: ["API_1484_11", "Scorm2004API"] };

const VERB = "http://adlnet.gov/expapi/verbs/";
/** The AU id of a cmi5 package (the LMS reads it from cmi5.xml; the test's LMS from its zip). */
const auIdOf = (files: Map<string, Uint8Array>) =>
  /<au id="([^"]+)"/.exec(Buffer.from(files.get("cmi5.xml") ?? new Uint8Array()).toString())?.[1] ??
  "";

function scormPlayer(attempt: Attempt): string {
  const [api, cls] = API_NAME[attempt.standard as "scorm12" | "scorm2004"];
  return `<!doctype html><html><head><meta charset="utf-8"><title>LMS</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%}</style>
<script src="/host/scorm-again/${SCORM_AGAIN[attempt.standard as "scorm12"]}"></script>
<script>
window.${api} = new ${cls}({ lmsCommitUrl: false, autocommit: false, logLevel: 5 });
window.${api}.loadFromJSON(${JSON.stringify(attempt.cmi ?? {})}, "");
window.lmsApi = window.${api};
</script></head>
<body><iframe id="sco" src="/lms/${attempt.pkg}/index.html" title="SCO"></iframe></body></html>`;
}

function cmi5Player(host: string, attempt: Attempt, auId: string): string {
  const c = attempt.cmi5!;
  const query = new URLSearchParams({
    endpoint: `${host}/lrs/`,
    fetch: `${host}/lrs/fetch/${c.registration}`,
    actor: JSON.stringify(c.actor),
    registration: c.registration,
    activityId: auId,
  });
  return `<!doctype html><html><head><meta charset="utf-8"><title>LMS</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%}</style></head>
<body><iframe id="sco" src="/lms/${attempt.pkg}/index.html?${query}" title="AU"></iframe></body></html>`;
}

const body = (req: import("node:http").IncomingMessage) =>
  new Promise<string>((done) => {
    let text = "";
    req.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    req.on("end", () => done(text));
  });

export async function startLmsHost(): Promise<LmsHost> {
  const packages = new Map<string, Map<string, Uint8Array>>();
  const attempts = new Map<string, Attempt>();
  const statements: Statement[] = [];
  const states = new Map<string, string>();
  let url = "";

  const server: Server = createServer((req, res) => {
    void (async () => {
      const address = new URL(req.url ?? "/", "http://x");
      const path = decodeURIComponent(address.pathname);
      const send = (status: number, type: string, content: string | Uint8Array) =>
        res
          .writeHead(status, { "content-type": type, "x-experience-api-version": "1.0.3" })
          .end(content);
      const json = (status: number, value: unknown) =>
        send(status, "application/json", JSON.stringify(value));

      const lms = /^\/lms\/([^/]+)\/(.*)$/.exec(path);
      if (lms) {
        const file = packages.get(lms[1]!)?.get(lms[2] || "index.html");
        if (!file) return send(404, "text/plain", "Not found");
        return send(200, TYPES[extname(lms[2]!)] ?? "application/octet-stream", file);
      }
      if (path.startsWith("/host/scorm-again/")) {
        const file = require.resolve(`scorm-again/${path.slice("/host/scorm-again/".length)}`);
        return send(200, TYPES[".js"]!, readFileSync(file));
      }
      const player = /^\/host\/([\w-]+)\.html$/.exec(path);
      if (player) {
        const attempt = attempts.get(player[1]!);
        if (!attempt) return send(404, "text/plain", "No such attempt");
        if (attempt.standard !== "cmi5") return send(200, TYPES[".html"]!, scormPlayer(attempt));
        const auId = auIdOf(packages.get(attempt.pkg)!);
        const c = attempt.cmi5!;
        const agent = JSON.stringify(c.actor);
        states.set(
          `LMS.LaunchData|${c.registration}|${agent}`,
          JSON.stringify({
            contextTemplate: {
              contextActivities: { grouping: [{ id: auId }] },
              extensions: {
                "https://w3id.org/xapi/cmi5/context/extensions/sessionid": `session-${statements.length}`,
              },
            },
            launchMode: "Normal",
            moveOn: "CompletedAndPassed",
            masteryScore: c.masteryScore,
          }),
        );
        return send(200, TYPES[".html"]!, cmi5Player(url, attempt, auId));
      }

      // The learning record store.
      if (path.startsWith("/lrs/fetch/") && req.method === "POST") {
        return json(200, { "auth-token": Buffer.from("learner:secret").toString("base64") });
      }
      if (path === "/lrs/agents/profile") {
        const attempt = [...attempts.values()].find(
          (a) => JSON.stringify(a.cmi5?.actor) === address.searchParams.get("agent"),
        );
        return attempt?.cmi5 ? json(200, { languagePreference: attempt.cmi5.lang }) : json(404, {});
      }
      if (path === "/lrs/activities/state") {
        const key = [
          address.searchParams.get("stateId"),
          address.searchParams.get("registration"),
          address.searchParams.get("agent"),
        ].join("|");
        if (req.method === "PUT" || req.method === "POST") {
          states.set(key, await body(req));
          return send(204, "text/plain", "");
        }
        const state = states.get(key);
        return state === undefined
          ? send(404, "text/plain", "")
          : send(200, "application/json", state);
      }
      if (path === "/lrs/statements" && (req.method === "POST" || req.method === "PUT")) {
        const received = JSON.parse(await body(req)) as Statement | Statement[];
        const list = Array.isArray(received) ? received : [received];
        // A statement sent again (in the last request when the page went away) is kept once.
        for (const s of list) if (!statements.some((t) => t.id === s.id)) statements.push(s);
        return json(
          200,
          list.map((s) => s.id),
        );
      }
      return send(404, "text/plain", "Not found");
    })();
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  let next = 0;
  return {
    url,
    serve(name, zip) {
      const files = new Map(Object.entries(unzipSync(zip)));
      packages.set(name, files);
      return files.size;
    },
    attempt(attempt) {
      next += 1;
      const id = `attempt-${next}`;
      attempts.set(id, attempt);
      return `${url}/host/${id}.html`;
    },
    statements,
    states,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** A statement's verb, short: "initialized", "passed", "answered". */
export const verbOf = (s: Statement) => s.verb.id.replace(VERB, "").replace(/^.*\//, "");

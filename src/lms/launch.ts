/**
 * The package's launch page (index.html at its root, lms/launch.js): the one page the LMS
 * launches. It holds the LMS session for as long as the learner is in the course, and shows the
 * course in a frame inside it, so moving between pages never ends the session (a SCO or AU
 * that is a whole site of pages would otherwise initialize and terminate on every page).
 *
 * On launch it finds the LMS (src/lms/scorm.ts, src/lms/cmi5.ts), makes the LMS's learner the
 * owner of this browser's course data (src/lms/owner.ts), brings back what the LMS kept
 * (suspend data, into the browser's progress) and opens the resume point. Then it reports on
 * every change: the pages record progress in localStorage as on the public site, and each change
 * reaches this page as a storage event; a simulation submission arrives as the page's
 * `col:submitted` event. When the page goes away it reports once more and ends the session.
 *
 * Built by scripts/package.ts into the package only: the public site never loads it.
 */
import { decodeProgress, emptyProgress } from "../lib/light/progress";
import { HOST_LEARNER_KEY } from "../lib/host-learner";
import { PROGRESS_KEY } from "../stores/progress-key";
import type { Progress } from "../schemas/progress";
import {
  LmsConfigSchema,
  PackagePathSchema,
  type LmsConfig,
  type SuspendData,
} from "../schemas/lms";
import type { Lang } from "../schemas/common";
import type { Connection, Interaction } from "./connection";
import { decodeSuspend, emptySuspend, encodeSuspend } from "./suspend";
import { earn, earnSubmission, restore } from "./ledger";
import { report, type ReportScope } from "./report";
import { claimFor } from "./owner";
import { SUBMITTED_EVENT, readSubmitted } from "./submitted";
import { connect } from "./connect";
import { launchView, type LaunchView } from "./launch-view";

/** Where an unreadable suspend text from the LMS is kept (it is also offered for download). */
const SUSPEND_BACKUP_KEY = "col:v1:lms:suspend-backup";
/** A result recorded this long after "now" by a skewed clock still counts (ms). */
const CLOCK_SLACK = 60_000;

function readConfig(): LmsConfig {
  const text = document.getElementById("col-lms-config")?.textContent ?? "";
  return LmsConfigSchema.parse(JSON.parse(text));
}

function readLocalProgress(): Progress | null {
  try {
    const text = localStorage.getItem(PROGRESS_KEY);
    if (text === null) return null;
    const read = decodeProgress(JSON.parse(text));
    return read.ok ? read.value : null;
  } catch {
    return null;
  }
}

/** The language to open in: the resume point's, then the LMS's, then the package's. */
function pickLang(config: LmsConfig, location: string, stated: string): Lang {
  const resumed = /^(zh-cn|en)\//.exec(location)?.[1];
  if (resumed) return resumed as Lang;
  for (const tag of stated.toLowerCase().split(/[,\s]+/)) {
    if (tag.startsWith("zh")) return "zh-cn";
    if (tag.startsWith("en")) return "en";
  }
  return config.lang;
}

function scopeOf(config: LmsConfig): ReportScope {
  return config.scope.kind === "assignment"
    ? { kind: "assignment", id: config.scope.assignment.id }
    : { kind: "modules", modules: config.modules };
}

/** The assignment ids a submission counts for in this package. */
function assignmentIds(config: LmsConfig): Set<string> {
  return new Set(
    config.scope.kind === "assignment"
      ? [config.scope.assignment.id]
      : config.modules.map((m) => `module-${m.id}`),
  );
}

/** The frame's page as a path inside the package, or null when it is not one of the course's. */
function framePath(frame: HTMLIFrameElement): string | null {
  try {
    const root = new URL("./", location.href).pathname;
    const path = frame.contentWindow?.location.pathname ?? "";
    if (!path.startsWith(root)) return null;
    const inside = path.slice(root.length);
    const page = inside.endsWith("/") || inside === "" ? `${inside}index.html` : inside;
    return PackagePathSchema.safeParse(page).success ? page : null;
  } catch {
    return null;
  }
}

interface Session {
  config: LmsConfig;
  connection: Connection;
  view: LaunchView;
  ledger: SuspendData;
  location: string;
  startedAt: number;
}

function current(session: Session) {
  const progress = readLocalProgress();
  const now = Date.now();
  if (progress) {
    session.ledger = earn(session.ledger, progress, session.config.modules, {
      from: session.startedAt,
      to: now + CLOCK_SLACK,
    });
  }
  const mastery = session.connection.mastery ?? session.config.mastery;
  return {
    report: report(session.ledger, scopeOf(session.config), mastery),
    suspend: encodeSuspend({ ...session.ledger, savedAt: Math.floor(now / 1000) }),
    location: session.location,
  };
}

function watch(session: Session, frame: HTMLIFrameElement) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      void session.connection.save(current(session)).then((refused) => session.view.saved(refused));
    }, 250);
  };
  addEventListener("storage", (event) => {
    if (event.key === PROGRESS_KEY || event.key === null) save();
  });
  const ids = assignmentIds(session.config);
  const onSubmitted = (event: Event) => {
    const submitted = readSubmitted(event);
    if (!submitted || !ids.has(submitted.id)) return;
    const interaction: Interaction = { ...submitted, at: new Date() };
    if (session.config.scope.kind === "assignment") {
      session.ledger = earnSubmission(session.ledger, submitted.id, {
        score: submitted.score,
        passed: submitted.passed,
        hash: submitted.hash,
        at: Math.floor(Date.now() / 1000),
      });
    }
    void session.connection
      .interaction(interaction)
      .then((refused) => session.view.saved(refused))
      .then(save);
  };
  frame.addEventListener("load", () => {
    const path = framePath(frame);
    if (path) {
      session.location = path;
      save();
    }
    try {
      frame.contentWindow?.addEventListener(SUBMITTED_EVENT, onSubmitted);
    } catch {
      // A page of another origin in the frame: nothing of ours to listen to.
    }
    session.view.followFrame();
  });
  addEventListener("pagehide", () => {
    clearTimeout(timer);
    session.connection.finish(current(session), (Date.now() - session.startedAt) / 1000);
  });
}

/** Brings back what the LMS kept: into this browser's progress, where the pages read it. */
function bringBack(session: Session): void {
  const local = readLocalProgress();
  const stored = localStorage.getItem(PROGRESS_KEY);
  // A stored record this browser cannot read stays as it is: the pages set it aside with their
  // own notice, and the LMS's copy comes back on the next launch.
  if (stored !== null && !local) return;
  const base = local ?? emptyProgress();
  const next = restore(base, session.ledger, session.config.modules);
  if (next !== base) localStorage.setItem(PROGRESS_KEY, JSON.stringify(next));
}

async function main() {
  const startedAt = Date.now();
  const config = readConfig();
  const view = launchView(config);
  const connection = await connect().catch(() => null);
  const lang = pickLang(config, connection?.location ?? "", connection?.language ?? "");
  view.setLang(lang);
  let start = config.start[lang];
  if (!connection) {
    view.notice("offline");
    view.open(start);
    return;
  }
  const kept = PackagePathSchema.safeParse(connection.location);
  if (kept.success && config.scope.kind !== "assignment") start = kept.data;
  if (connection.learner?.id && !claimFor(localStorage, connection.learner.id)) {
    view.notice("storage");
  }
  try {
    if (connection.learner?.name) {
      sessionStorage.setItem(HOST_LEARNER_KEY, JSON.stringify({ name: connection.learner.name }));
    }
  } catch {
    // No session storage: forms start empty, as on the public site.
  }
  const read = decodeSuspend(connection.suspend);
  let ledger = emptySuspend(Math.floor(startedAt / 1000));
  if (read.ok && read.data) ledger = read.data;
  if (!read.ok) {
    try {
      localStorage.setItem(SUSPEND_BACKUP_KEY, read.text);
    } catch {
      // No room: the notice still offers the text for download.
    }
    view.notice("unreadable", read.text);
  }
  if (!connection.recording) view.notice("review");
  const session: Session = {
    config,
    connection,
    view,
    ledger,
    location: kept.success ? kept.data : start.split("#")[0]!,
    startedAt,
  };
  try {
    bringBack(session);
  } catch {
    view.notice("storage");
  }
  watch(session, view.open(start));
}

// A launch page that cannot start still shows the course: the learner is never left on a blank page.
main().catch(() => {
  const frame = document.querySelector<HTMLIFrameElement>("[data-lms-frame]");
  document.querySelector("[data-lms-loading]")?.remove();
  if (frame && !frame.src) {
    frame.src = "zh-cn/index.html";
    frame.hidden = false;
  }
});

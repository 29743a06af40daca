import { useEffect, useRef, useState } from "preact/hooks";
import type { Lang } from "../../schemas/common";
import type { Assignment } from "../../schemas/assignment";
import { makeT, type Strings } from "../../i18n/t";
import type { ModuleOption, ScenarioOption } from "../../grading/gradebook/builder";
import { AssignmentsPanel } from "./AssignmentsPanel";
import { Gradebook } from "./Gradebook";

interface Props {
  lang: Lang;
  strings: Strings;
  scenarios: ScenarioOption[];
  modules: ModuleOption[];
  /** The course modules' own simulation assignments. */
  moduleAssignments: Assignment[];
}

const TABS = ["assignments", "gradebook"] as const;
type Tab = (typeof TABS)[number];

const tabFromHash = (): Tab =>
  typeof location !== "undefined" && location.hash === "#gradebook" ? "gradebook" : "assignments";

/** The instructor page: assignments (build, keep, hand out) and the gradebook, as two tabs. */
export default function Instructor({
  lang,
  strings,
  scenarios,
  modules,
  moduleAssignments,
}: Props) {
  const t = makeT(strings);
  const [tab, setTab] = useState<Tab>(tabFromHash);
  /** An assignment handed from the list to the gradebook ("Grade submissions"). */
  const [toGrade, setToGrade] = useState<Assignment | null>(null);
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({
    assignments: null,
    gradebook: null,
  });

  const select = (next: Tab, focus = false) => {
    setTab(next);
    history.replaceState(
      null,
      "",
      next === "gradebook" ? "#gradebook" : location.pathname + location.search,
    );
    if (focus) tabRefs.current[next]?.focus();
  };

  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    addEventListener("hashchange", onHash);
    return () => removeEventListener("hashchange", onHash);
  }, []);

  const onKey = (event: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const moves: Record<string, number> = {
      ArrowRight: i + 1,
      ArrowLeft: i - 1,
      Home: 0,
      End: TABS.length - 1,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    select(TABS[(to + TABS.length) % TABS.length]!, true);
  };

  return (
    <div class="instructor">
      <div
        class="in-tabs no-print"
        role="tablist"
        aria-label={t("instructor.tabs.label")}
        onKeyDown={onKey}
      >
        {TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              tabRefs.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`in-tab-${id}`}
            aria-controls={`in-panel-${id}`}
            aria-selected={tab === id}
            tabIndex={tab === id ? 0 : -1}
            class="in-tab"
            onClick={() => select(id)}
          >
            {t(`instructor.tabs.${id}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id="in-panel-assignments"
        aria-labelledby="in-tab-assignments"
        hidden={tab !== "assignments"}
        tabIndex={0}
      >
        <AssignmentsPanel
          lang={lang}
          t={t}
          scenarios={scenarios}
          moduleAssignments={moduleAssignments}
          onGrade={(a) => {
            setToGrade(a);
            select("gradebook", true);
          }}
        />
      </div>
      <div
        role="tabpanel"
        id="in-panel-gradebook"
        aria-labelledby="in-tab-gradebook"
        hidden={tab !== "gradebook"}
        tabIndex={0}
      >
        <Gradebook lang={lang} t={t} scenarios={scenarios} modules={modules} handed={toGrade} />
      </div>
    </div>
  );
}

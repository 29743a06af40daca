import { Section, TextField, useEditor } from "../fields";
import { List, PlanText } from "./shared";

/** Plain named rows (tiers, points rules, badges, core roles). */
function NamedList({
  list,
  name,
}: {
  list: "tiers" | "points" | "badges" | "coreRoles";
  name: string;
}) {
  const { plan, t } = useEditor();
  return (
    <>
      <h3>{t(`planner.f.segmentation.${list}`)}</h3>
      <p class="pl-help">{t(`planner.h.segmentation.${list}`)}</p>
      <List
        path={`segmentation.${list}`}
        rows={plan.segmentation[list]}
        name={name}
        make={(id) => ({ id, name: "", detail: "" })}
        first="name"
      >
        {(_row, base) => (
          <>
            <TextField path={`${base}.name`} label={t(`planner.f.${name}.name`)} maxLength={200} />
            <TextField
              path={`${base}.detail`}
              label={t(`planner.f.${name}.detail`)}
              multiline
              maxLength={1000}
              class="wide"
            />
          </>
        )}
      </List>
    </>
  );
}

export function Segmentation() {
  const { t } = useEditor();
  return (
    <Section
      id="segmentation"
      title={t("planner.s.segmentation")}
      help={t("planner.sh.segmentation")}
    >
      <NamedList list="tiers" name="tier" />
      <NamedList list="points" name="pointsRule" />
      <NamedList list="badges" name="badge" />
      <NamedList list="coreRoles" name="coreRole" />
      <div class="pl-grid">
        <PlanText path="segmentation.wakeUp" />
      </div>
    </Section>
  );
}

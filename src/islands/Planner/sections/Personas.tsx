import { Section, TextField, useEditor } from "../fields";
import { List } from "./shared";

const FIELDS = ["who", "needs", "pains", "whereNow"] as const;

export function Personas() {
  const { plan, t } = useEditor();
  return (
    <Section id="personas" title={t("planner.s.personas")} help={t("planner.sh.personas")}>
      <List
        path="personas"
        rows={plan.personas}
        name="persona"
        make={(id) => ({ id, who: "", needs: "", pains: "", whereNow: "" })}
        first="who"
      >
        {(_row, base) =>
          FIELDS.map((f) => (
            <TextField
              key={f}
              path={`${base}.${f}`}
              label={t(`planner.f.personas.${f}`)}
              multiline
            />
          ))
        }
      </List>
    </Section>
  );
}

import { STAGES } from "../../../schemas/plan-options";
import { Section, TextField, useEditor } from "../fields";

export function Lifecycle() {
  const { t } = useEditor();
  return (
    <Section id="lifecycle" title={t("planner.s.lifecycle")} help={t("planner.sh.lifecycle")}>
      <div class="pl-grid">
        {STAGES.map((stage) => (
          <TextField
            key={stage}
            path={`lifecycle.${stage}`}
            label={t(`planner.o.stage.${stage}`)}
            multiline
          />
        ))}
      </div>
    </Section>
  );
}

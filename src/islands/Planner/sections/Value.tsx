import { VALUES } from "../../../schemas/plan-options";
import { Section, SelectField, TextField, useEditor } from "../fields";
import { useOptions } from "./shared";

export function Value() {
  const { t } = useEditor();
  const o = useOptions();
  return (
    <Section id="value" title={t("planner.s.value")} help={t("planner.sh.value")}>
      <div class="pl-grid">
        <SelectField
          path="value.core"
          label={t("planner.f.value.core")}
          hint={t("planner.h.value.core")}
          options={o("value", VALUES)}
          emptyLabel={t("planner.choose")}
          class="wide"
        />
        {VALUES.map((v) => (
          <TextField key={v} path={`value.${v}`} label={t(`planner.o.value.${v}`)} multiline />
        ))}
      </div>
    </Section>
  );
}

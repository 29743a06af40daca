import type { T } from "../../i18n/t";
import { useScopedId } from "./island";
import type { NumRule, Parsed } from "../../widgets/numbers";

/** The message for a number that failed its rule, in the learner's language. */
export function numError(t: T, parsed: Parsed, rule: NumRule = {}): string | undefined {
  if (parsed.error === undefined) return undefined;
  if (parsed.error === "min" && rule.min === 0) return t("widget.common.err.negative");
  return t(`widget.common.err.${parsed.error}`, { min: rule.min ?? 0, max: rule.max ?? 0 });
}

interface Props {
  label: string;
  value: string;
  onValue: (value: string) => void;
  parsed: Parsed;
  rule?: NumRule;
  t: T;
  /** Shows the label to screen readers only (tables that already have a column heading). */
  quietLabel?: boolean;
  disabled?: boolean;
  /** Holds the message back (a field the learner has only just been given). */
  hideError?: boolean;
  onFocus?: () => void;
}

/** A labelled text field for a number, with its validation message tied to it. */
export function NumField(props: Props) {
  const { label, value, onValue, parsed, rule, t, quietLabel, disabled, hideError, onFocus } =
    props;
  const id = useScopedId();
  const err = disabled || hideError ? undefined : numError(t, parsed, rule);
  return (
    <div class="w-field">
      <label for={id} class={quietLabel ? "visually-hidden" : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode={rule?.integer ? "numeric" : "decimal"}
        autoComplete="off"
        value={value}
        disabled={disabled}
        aria-invalid={err ? "true" : undefined}
        aria-describedby={err ? `${id}e` : undefined}
        onInput={(e) => onValue(e.currentTarget.value)}
        onFocus={onFocus}
      />
      {err && (
        <span id={`${id}e`} class="w-err">
          {err}
        </span>
      )}
    </div>
  );
}

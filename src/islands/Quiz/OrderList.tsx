import { useRef, useState } from "preact/hooks";

interface Props {
  /** Option ids in the learner's current order. */
  order: string[];
  texts: Record<string, string>;
  onChange: (order: string[]) => void;
  disabled: boolean;
  t: (key: string, values?: Record<string, string | number>) => string;
}

/** An ordering answer: drag with a mouse, or move with the Up/Down buttons by keyboard or touch. */
export function OrderList({ order, texts, onChange, disabled, t }: Props) {
  const [message, setMessage] = useState("");
  const [over, setOver] = useState<number | null>(null);
  const dragged = useRef<number | null>(null);
  const list = useRef<HTMLOListElement>(null);

  const move = (from: number, to: number, dir?: "up" | "down") => {
    if (from === to || to < 0 || to >= order.length) return;
    const next = [...order];
    const [id] = next.splice(from, 1);
    next.splice(to, 0, id!);
    onChange(next);
    setMessage(t("quiz.moved", { item: texts[id!] ?? "", position: to + 1, count: order.length }));
    if (!dir) return;
    // Keep the keyboard on the moved item; at an end, its other button.
    requestAnimationFrame(() => {
      const row = list.current?.children[to];
      const same = row?.querySelector<HTMLButtonElement>(`[data-dir="${dir}"]`);
      (same && !same.disabled
        ? same
        : row?.querySelector<HTMLButtonElement>("button:not(:disabled)")
      )?.focus();
    });
  };

  return (
    <>
      <ol class="quiz-order" ref={list}>
        {order.map((id, i) => (
          <li
            key={id}
            class={over === i ? "drop-target" : undefined}
            draggable={!disabled}
            onDragStart={(e) => {
              dragged.current = i;
              e.dataTransfer?.setData("text/plain", id);
              if (e.dataTransfer) e.dataTransfer.effectAllowed = "move";
            }}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(i);
            }}
            onDragLeave={() => setOver(null)}
            onDrop={(e) => {
              e.preventDefault();
              setOver(null);
              if (dragged.current !== null) move(dragged.current, i);
              dragged.current = null;
            }}
            onDragEnd={() => setOver(null)}
          >
            <span class="quiz-order-pos" aria-hidden="true">
              {i + 1}
            </span>
            <span class="quiz-order-text">{texts[id]}</span>
            <span class="quiz-order-buttons">
              <button
                type="button"
                class="btn"
                data-dir="up"
                disabled={disabled || i === 0}
                aria-label={t("quiz.moveUp", { item: texts[id] ?? "" })}
                onClick={() => move(i, i - 1, "up")}
              >
                ↑
              </button>
              <button
                type="button"
                class="btn"
                data-dir="down"
                disabled={disabled || i === order.length - 1}
                aria-label={t("quiz.moveDown", { item: texts[id] ?? "" })}
                onClick={() => move(i, i + 1, "down")}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p class="visually-hidden" aria-live="polite">
        {message}
      </p>
    </>
  );
}

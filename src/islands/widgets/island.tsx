/**
 * What every exercise widget island shares: its props, and ids that stay unique on the page.
 *
 * Astro renders each island as its own Preact root, and `useId` counts from the start in every
 * root: two widgets on one module page would both make `P0-1`, and a label would then name the
 * other widget's field. Each widget's wrapper therefore passes an `idScope` (its name, from
 * src/components/mdx/widgetProps.ts) and every id inside the island is made with `useScopedId`.
 */
import { createContext, type ComponentType } from "preact";
import { useContext, useId } from "preact/hooks";
import type { Strings } from "../../i18n/t";

export interface WidgetIslandProps {
  lang: string;
  strings: Strings;
  /** Put before every id the island makes; unique among the islands of a page. */
  idScope?: string;
}

const IdScope = createContext("");

/** `useId`, put after the island's `idScope`. */
export function useScopedId(): string {
  const scope = useContext(IdScope);
  const id = useId();
  return scope ? `${scope}-${id}` : id;
}

/** The island component to export: `component` with its `idScope` in force for everything inside. */
export function withIdScope<P extends { idScope?: string }>(component: ComponentType<P>) {
  const Component = component;
  return function Scoped(props: P) {
    return (
      <IdScope.Provider value={props.idScope ?? ""}>
        <Component {...props} />
      </IdScope.Provider>
    );
  };
}

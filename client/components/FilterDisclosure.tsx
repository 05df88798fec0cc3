// A list's filters. On a phone they fold away behind one button, "Filter (2 aktiv)", so the
// list starts on the first screen; on wider screens they are always shown.
import { useId, useState, type ReactNode } from "react";
import { useT } from "../lib/i18n";
import { useNarrow } from "../lib/useNarrow";

interface FilterDisclosureProps {
  /** How many filters narrow the list (the order does not count). */
  active: number;
  children: ReactNode;
}

export function FilterDisclosure({ active, children }: FilterDisclosureProps) {
  const t = useT();
  const id = useId();
  const narrow = useNarrow();
  const [open, setOpen] = useState(false);
  if (!narrow) return <>{children}</>;
  return (
    <div className="filter-disclosure">
      <button
        type="button"
        className="button button--secondary filter-disclosure__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {t("list.filters.toggle")}
        {active > 0 && " "}
        {active > 0 && <span className="filter-disclosure__count">{t("list.filters.active", { count: active })}</span>}
      </button>
      <div id={id} hidden={!open}>
        {children}
      </div>
    </div>
  );
}

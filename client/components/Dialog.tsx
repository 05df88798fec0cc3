// A modal built on the native <dialog>: focus moves into it, Escape closes it, the page
// behind it is inert, and the focus returns to the button that opened it.
import { useEffect, useId, useRef, type ReactNode } from "react";
import { useT } from "../lib/i18n";

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

export function Dialog({ title, onClose, children }: DialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    // No close() on cleanup: an unmounted dialog leaves the top layer by itself, and a close
    // event fired from a cleanup would call onClose again (React's strict mode re-runs effects).
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="dialog__header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t("common.close")}>
          ×
        </button>
      </div>
      {children}
    </dialog>
  );
}

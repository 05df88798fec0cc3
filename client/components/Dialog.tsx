// A modal built on the native <dialog>: focus moves into it (to its first field, else its
// first action), Tab and Shift+Tab cycle inside it, Escape closes it, the page behind it is
// inert, and the focus returns to the button that opened it.
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from "react";
import { useT } from "../lib/i18n";

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

const FOCUSABLE =
  "a[href], button:not(:disabled), input:not(:disabled):not([type=hidden]), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex='-1'])";
/** Where the focus starts: the element marked data-autofocus (React's autoFocus fires while the
    dialog is still closed, so it does nothing), else a field, else the first action (Cancel). */
const FIRST_STOP =
  "input:not(:disabled):not([type=hidden]), select:not(:disabled), textarea:not(:disabled), .form__actions button:not(:disabled)";

export function Dialog({ title, onClose, children }: DialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    // No close() on cleanup: an unmounted dialog leaves the top layer by itself, and a close
    // event fired from a cleanup would call onClose again (React's strict mode re-runs effects).
    if (dialog && !dialog.open) {
      dialog.showModal();
      (dialog.querySelector<HTMLElement>("[data-autofocus]") ?? dialog.querySelector<HTMLElement>(FIRST_STOP))?.focus();
    }
  }, []);
  // A modal <dialog> lets Tab leave for the browser's own controls after its last element;
  // keep the keyboard inside instead, as the ARIA dialog pattern expects.
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== "Tab" || !ref.current) return;
    const stops = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
    if (stops.length === 0) return;
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose} onKeyDown={onKeyDown}>
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

// Short confirmations ("Zusage über 15.000,00 € gespeichert") in one polite live region,
// so screen readers announce them without moving the focus. A confirmation may carry a link
// to what was made (the new pledge's page); it then stays longer, so there is time to reach
// it by keyboard. The provider sits inside the router (App.tsx), so the link is a router Link.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { Link } from "react-router";
import { useT } from "../lib/i18n";

type Tone = "success" | "error";
export interface ToastLink {
  to: string;
  label: string;
}
interface Toast {
  id: number;
  message: string;
  tone: Tone;
  link?: ToastLink;
}
type ShowToast = (message: string, tone?: Tone, link?: ToastLink) => void;

const SHOW_MS = 6000;
const SHOW_WITH_LINK_MS = 20_000;
const MAX_SHOWN = 3;
const ToastContext = createContext<ShowToast>(() => {});

export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);
  const show = useCallback(
    (message: string, tone: Tone = "success", link?: ToastLink) => {
      const id = nextId.current++;
      setToasts((all) => [...all, { id, message, tone, link }].slice(-MAX_SHOWN));
      window.setTimeout(() => dismiss(id), link ? SHOW_WITH_LINK_MS : SHOW_MS);
    },
    [dismiss],
  );
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast--${toast.tone}`}>
            <span>
              {toast.message}
              {toast.link && (
                <>
                  {" "}
                  <Link className="toast__link" to={toast.link.to} onClick={() => dismiss(toast.id)}>
                    {toast.link.label}
                  </Link>
                </>
              )}
            </span>
            <button
              type="button"
              className="toast__close"
              onClick={() => dismiss(toast.id)}
              aria-label={t("common.close")}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast() {
  return useContext(ToastContext);
}

// The loading, error and empty states every screen shows while its data is not there.
import type { ReactNode } from "react";
import { useT } from "../lib/i18n";
import { errorCodeOf } from "../lib/trpc";

export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t("common.loading")}</span>
    </div>
  );
}

interface ErrorStateProps {
  error: unknown;
  /** What could not be done, e.g. "Die Zusagen konnten nicht geladen werden." */
  message: string;
  onRetry?: () => void;
}

export function ErrorState({ error, message, onRetry }: ErrorStateProps) {
  const t = useT();
  const code = errorCodeOf(error);
  const detail =
    code === "NOT_FOUND"
      ? t("common.error.notFound")
      : code === "FORBIDDEN"
        ? t("common.error.forbidden")
        : t("common.error.network");
  return (
    <div className="state state--error" role="alert">
      <h2 className="state__title">{t("common.error.title")}</h2>
      <p>{message}</p>
      <p className="muted">{detail}</p>
      {onRetry && code !== "NOT_FOUND" && code !== "FORBIDDEN" && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t("common.retry")}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="state state--empty">
      <h2 className="state__title">{title}</h2>
      {children && <p>{children}</p>}
      {action}
    </div>
  );
}

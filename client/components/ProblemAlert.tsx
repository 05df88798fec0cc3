// A dismissible warning above a list: what went wrong with the last action on a row.
import { useT } from "../lib/i18n";

export function ProblemAlert({ message, onClose }: { message: string | null; onClose: () => void }) {
  const t = useT();
  if (!message) return null;
  return (
    <div className="alert alert--warning" role="alert">
      <p>{message}</p>
      <button type="button" className="button button--ghost" onClick={onClose}>
        {t("common.close")}
      </button>
    </div>
  );
}

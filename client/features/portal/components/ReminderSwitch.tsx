// The sponsor's own choice of payment reminders by e-mail (before an installment is due and
// once it is overdue): a switch that saves at once, showing the saved state.
import { useId, useState } from "react";
import { useToast } from "../../../components/Toast";
import { useT } from "../../../lib/i18n";
import { errorCodeOf } from "../../../lib/trpc";
import { useSetReminders } from "../api/portal";

export function ReminderSwitch({ enabled, hasEmail }: { enabled: boolean; hasEmail: boolean }) {
  const t = useT();
  const id = useId();
  const toast = useToast();
  const save = useSetReminders();
  const [error, setError] = useState("");

  const toggle = (next: boolean) => {
    setError("");
    save.mutate(
      { enabled: next },
      {
        onSuccess: (row) => toast(row.remindersEnabled ? t("reminders.savedOn") : t("reminders.savedOff")),
        onError: (err) =>
          setError(errorCodeOf(err) === "UNAUTHORIZED" ? t("portal.sessionEnded") : t("reminders.error")),
      },
    );
  };

  return (
    <section className="card portal__wide" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title">
        {t("reminders.title")}
      </h2>
      <div className="switch">
        <input
          id={id}
          type="checkbox"
          role="switch"
          aria-checked={enabled}
          aria-describedby={`${id}-hint`}
          checked={enabled}
          disabled={save.isPending}
          onChange={(e) => toggle(e.target.checked)}
          data-testid="reminders-switch"
        />
        <label htmlFor={id}>{t("reminders.label")}</label>
      </div>
      <p className="muted small" id={`${id}-hint`} data-testid="reminders-state">
        {enabled ? t("reminders.on") : t("reminders.off")}
        {enabled && !hasEmail && ` ${t("reminders.noEmail")}`}
      </p>
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

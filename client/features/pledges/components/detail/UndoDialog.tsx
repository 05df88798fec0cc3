// "Undo the last change" asks first and shows what will be undone: the last history entry.
// The undo is a new event (a payment gets a reversal row); nothing is deleted.
import { useState, type FormEvent } from "react";
import { Dialog } from "../../../../components/Dialog";
import { Field } from "../../../../components/Field";
import { useToast } from "../../../../components/Toast";
import { translateFieldErrors } from "../../../../lib/fieldErrors";
import { formatDate, formatInstant } from "../../../../lib/format";
import { useLocale, useT } from "../../../../lib/i18n";
import { errorCodeOf, fieldErrorsOf } from "../../../../lib/trpc";
import type { HistoryEvent, PledgeDetail } from "../../api/pledgeDetail";
import { useUndoLastChange } from "../../api/pledges";
import { describeEvent } from "../../detail/historyText";
import { problemOf } from "../../problem";

interface UndoDialogProps {
  pledge: PledgeDetail;
  lastEvent: HistoryEvent;
  events: readonly HistoryEvent[];
  onClose: () => void;
  onProblem: (message: string | null) => void;
}

export function UndoDialog({ pledge, lastEvent, events, onClose, onProblem }: UndoDialogProps) {
  const t = useT();
  const { locale } = useLocale();
  const toast = useToast();
  const undo = useUndoLastChange();
  const [reason, setReason] = useState("");
  const [error, setError] = useState("");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError("");
    onProblem(null);
    undo.mutate(
      { pledgeId: pledge.id, expectedVersion: pledge.version, reason: reason.trim() || undefined },
      {
        onSuccess: () => {
          toast(t("detail.undo.done"));
          onClose();
        },
        onError: (err) => {
          if (errorCodeOf(err) === "BAD_REQUEST") {
            const fields = translateFieldErrors(fieldErrorsOf(err), t);
            return setError(fields.reason ?? t("common.error.invalid"));
          }
          onProblem(problemOf(err, t, "page"));
          onClose();
        },
      },
    );
  };

  return (
    <Dialog title={t("detail.undo")} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="muted">{lastEvent.kind === "created" ? t("detail.undo.creation") : t("detail.undo.text")}</p>
        <div className="undo-preview" data-testid="undo-preview">
          <ul className="history__lines">
            {describeEvent(lastEvent, events, t, locale).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="small muted">
            {t("history.effective", { date: formatDate(lastEvent.at, locale) })} ·{" "}
            {t("history.entered", {
              when: formatInstant(lastEvent.createdAt, locale),
              user: lastEvent.userName ?? t("history.system"),
            })}
          </p>
        </div>
        <Field label={t("detail.undo.reason")} hint={t("form.optional")} error={error}>
          {(control) => <textarea {...control} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="button button--danger" disabled={undo.isPending} data-autofocus>
            {t("detail.undo.submit")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

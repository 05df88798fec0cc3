// Withdrawing, from a list row or the pledge's page, asks for a reason: it goes into the
// pledge's history.
import { useState, type FormEvent } from "react";
import { Dialog } from "../../../components/Dialog";
import { Field } from "../../../components/Field";
import { useToast } from "../../../components/Toast";
import { translateFieldErrors } from "../../../lib/fieldErrors";
import { formatEuro } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { errorCodeOf, fieldErrorsOf } from "../../../lib/trpc";
import { useSetPledgeStatus, type PledgeRef } from "../api/pledges";
import { problemOf, type ProblemPlace } from "../problem";

interface WithdrawDialogProps {
  pledge: PledgeRef;
  place: ProblemPlace;
  onClose: () => void;
  onProblem: (message: string | null) => void;
}

export function WithdrawDialog({ pledge, place, onClose, onProblem }: WithdrawDialogProps) {
  const t = useT();
  const { locale } = useLocale();
  const toast = useToast();
  const setStatus = useSetPledgeStatus();
  const [reason, setReason] = useState("");
  const [error, setError] = useState("");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setError(t("withdraw.reasonRequired"));
    setError("");
    onProblem(null);
    setStatus.mutate(
      { pledgeId: pledge.id, status: "withdrawn", expectedVersion: pledge.version, reason: reason.trim() },
      {
        onSuccess: () => {
          toast(
            t("action.withdrawnAmount", {
              sponsor: pledge.sponsorName,
              amount: formatEuro(pledge.amountCents, locale),
            }),
          );
          onClose();
        },
        onError: (err) => {
          if (errorCodeOf(err) === "BAD_REQUEST") {
            const fields = translateFieldErrors(fieldErrorsOf(err), t);
            return setError(fields.reason ?? Object.values(fields)[0] ?? t("common.error.invalid"));
          }
          onProblem(problemOf(err, t, place));
          onClose();
        },
      },
    );
  };

  return (
    <Dialog title={t("withdraw.title", { sponsor: pledge.sponsorName })} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="muted">{t("withdraw.text")}</p>
        <Field label={t("withdraw.reason")} error={error}>
          {(control) => (
            <textarea {...control} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} data-autofocus />
          )}
        </Field>
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="button button--danger" disabled={setStatus.isPending}>
            {t("withdraw.submit")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

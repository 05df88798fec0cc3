// Recording a received amount on a confirmed pledge, from its list row or its page, typed the
// German way ("5.000"), never above what is outstanding; paid in full, the pledge becomes paid.
import { outstandingCents } from "../../../../server/domain/pledgeRules";
import { useState, type FormEvent } from "react";
import { Dialog } from "../../../components/Dialog";
import { Field } from "../../../components/Field";
import { useToast } from "../../../components/Toast";
import { readAmount } from "../../../lib/amount";
import { translateFieldErrors } from "../../../lib/fieldErrors";
import { formatAmountInput, formatEuro, todayInBerlin } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { errorCodeOf, fieldErrorsOf } from "../../../lib/trpc";
import { useRecordPayment, type PledgeRef } from "../api/pledges";
import { problemOf, type ProblemPlace } from "../problem";

interface PaymentDialogProps {
  pledge: PledgeRef;
  place: ProblemPlace;
  /** The business date of the pledge's last change, where known: a payment may not be dated before it. */
  minDate?: string;
  onClose: () => void;
  onProblem: (message: string | null) => void;
}

export function PaymentDialog({ pledge, place, minDate, onClose, onProblem }: PaymentDialogProps) {
  const t = useT();
  const { locale } = useLocale();
  const toast = useToast();
  const record = useRecordPayment();
  const outstanding = outstandingCents(pledge);
  const [today] = useState(todayInBerlin);
  const [amount, setAmount] = useState(formatAmountInput(outstanding));
  const [paidAt, setPaidAt] = useState(today);
  const [errors, setErrors] = useState<{ amount?: string; paidAt?: string }>({});
  const reading = amount.trim() ? readAmount(amount, t) : null;
  const hint = reading?.ok
    ? t("form.amount.preview", { amount: formatEuro(reading.cents, locale) })
    : t("form.amount.hint");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = readAmount(amount, t);
    if (!checked.ok) return setErrors({ amount: checked.message });
    if (checked.cents > outstanding)
      return setErrors({ amount: t("payment.tooMuch", { amount: formatEuro(outstanding, locale) }) });
    setErrors({});
    onProblem(null);
    record.mutate(
      { pledgeId: pledge.id, amountCents: checked.cents, paidAt, expectedVersion: pledge.version },
      {
        onSuccess: () => {
          toast(
            t("action.paymentRecorded", { amount: formatEuro(checked.cents, locale), sponsor: pledge.sponsorName }),
          );
          onClose();
        },
        onError: (err) => {
          if (errorCodeOf(err) === "BAD_REQUEST") {
            const fields = translateFieldErrors(fieldErrorsOf(err), t);
            return setErrors({
              amount: fields.amountCents,
              paidAt: fields.paidAt ?? (fields.amountCents ? undefined : t("common.error.invalid")),
            });
          }
          onProblem(problemOf(err, t, place));
          onClose();
        },
      },
    );
  };

  return (
    <Dialog title={t("payment.title", { sponsor: pledge.sponsorName })} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="muted">
          {t("payment.outstanding", {
            amount: formatEuro(outstanding, locale),
            total: formatEuro(pledge.amountCents, locale),
          })}
        </p>
        <Field label={t("payment.amount")} hint={hint} error={errors.amount}>
          {(control) => (
            <input
              {...control}
              inputMode="decimal"
              autoComplete="off"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              data-autofocus
            />
          )}
        </Field>
        <Field label={t("payment.date")} error={errors.paidAt}>
          {(control) => (
            <input
              {...control}
              type="date"
              min={minDate}
              max={today}
              value={paidAt}
              onChange={(e) => setPaidAt(e.target.value)}
            />
          )}
        </Field>
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="button button--primary" disabled={record.isPending}>
            {t("payment.submit")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

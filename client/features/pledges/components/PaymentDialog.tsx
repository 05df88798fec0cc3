// Recording a received amount on a confirmed pledge, from its list row or its page, typed the
// German way ("5.000"), never above what is outstanding; paid in full, the pledge becomes paid.
// The paid-on day is the bank's date, typed or picked in the date field (today by default),
// not before the pledge's date.
import { outstandingCents } from "../../../../server/domain/pledgeRules";
import { useState, type FormEvent } from "react";
import { DateField } from "../../../components/DateField";
import { Dialog } from "../../../components/Dialog";
import { Field } from "../../../components/Field";
import { useToast } from "../../../components/Toast";
import { readAmount } from "../../../lib/amount";
import { dateValueProblem } from "../../../lib/dateInput";
import { translateFieldErrors } from "../../../lib/fieldErrors";
import { formatAmountInput, formatDate, formatEuro, todayInBerlin } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { errorCodeOf, fieldErrorsOf } from "../../../lib/trpc";
import { useRecordPayment, type PledgeRef } from "../api/pledges";
import { problemOf, type ProblemPlace } from "../problem";

interface PaymentDialogProps {
  pledge: PledgeRef;
  place: ProblemPlace;
  onClose: () => void;
  onProblem: (message: string | null) => void;
}

export function PaymentDialog({ pledge, place, onClose, onProblem }: PaymentDialogProps) {
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
    const dateProblem =
      dateValueProblem(paidAt, t) ??
      (paidAt > today ? t("date.error.after", { date: formatDate(today, locale) }) : undefined);
    const amountProblem = !checked.ok
      ? checked.message
      : checked.cents > outstanding
        ? t("payment.tooMuch", { amount: formatEuro(outstanding, locale) })
        : undefined;
    if (!checked.ok || amountProblem || dateProblem) return setErrors({ amount: amountProblem, paidAt: dateProblem });
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
        <DateField
          label={t("payment.date")}
          value={paidAt}
          onChange={setPaidAt}
          min={pledge.pledgedAt}
          max={today}
          error={errors.paidAt}
        />
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

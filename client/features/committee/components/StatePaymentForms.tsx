// The two small forms of the "Landesmittel" card for organisers and admins: a call for funds
// (never above what may be called, which the server checks again for its day) and state money
// received. Amounts are typed the German way ("50.000"), days are bank days up to today; each
// field shows its own error, the server's included.
import { useState, type FormEvent, type ReactNode } from "react";
import { DateField } from "../../../components/DateField";
import { Field } from "../../../components/Field";
import { useToast } from "../../../components/Toast";
import { readAmount } from "../../../lib/amount";
import { dateValueProblem } from "../../../lib/dateInput";
import { formatDate, formatEuro, todayInBerlin } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { errorCodeOf, fieldErrorsOf } from "../../../lib/trpc";
import { useCallFunds, useRecordStateReceipt } from "../api/drawdown";

interface Errors {
  amount?: string;
  date?: string;
  form?: string;
}

export function StatePaymentForms({ campaignId, callableCents }: { campaignId: number; callableCents: number }) {
  return (
    <div className="drawdown__forms">
      <CallForm campaignId={campaignId} callableCents={callableCents} />
      <ReceiptForm campaignId={campaignId} />
    </div>
  );
}

/** The amount and the day as typed, checked as far as the client can; `problems` is empty when both are fine. */
function useAmountAndDay() {
  const t = useT();
  const { locale } = useLocale();
  const [today] = useState(todayInBerlin);
  const [amount, setAmount] = useState("");
  const [day, setDay] = useState(today);
  const check = (): { cents: number; problems: Errors } => {
    const reading = readAmount(amount, t);
    const dateProblem =
      dateValueProblem(day, t) ??
      (day > today ? t("drawdown.date.future", { date: formatDate(today, locale) }) : undefined);
    return {
      cents: reading.ok ? reading.cents : 0,
      problems: { amount: reading.ok ? undefined : reading.message, date: dateProblem },
    };
  };
  const reset = () => {
    setAmount("");
    setDay(today);
  };
  return { amount, setAmount, day, setDay, today, check, reset };
}

/** The amount and the day of a call or receipt, each with its error. */
function AmountAndDay({
  input,
  errors,
  amountLabel,
  dayLabel,
}: {
  input: ReturnType<typeof useAmountAndDay>;
  errors: Errors;
  amountLabel: string;
  dayLabel: string;
}) {
  const t = useT();
  return (
    <>
      <Field label={amountLabel} hint={t("form.amount.hint")} error={errors.amount}>
        {(control) => (
          <input
            {...control}
            inputMode="decimal"
            autoComplete="off"
            value={input.amount}
            onChange={(e) => input.setAmount(e.target.value)}
          />
        )}
      </Field>
      <DateField label={dayLabel} value={input.day} onChange={input.setDay} max={input.today} error={errors.date} />
    </>
  );
}

/** The server's refusal, per field where it names one. */
function errorsOf(error: unknown, t: ReturnType<typeof useT>, dateField: string, amountText: () => string): Errors {
  if (errorCodeOf(error) !== "BAD_REQUEST") return { form: t("drawdown.write.error") };
  const fields = fieldErrorsOf(error);
  return {
    amount: fields.amountCents ? amountText() : undefined,
    date: fields[dateField] ? t("field.generic") : undefined,
    form: fields.amountCents || fields[dateField] ? undefined : t("drawdown.write.error"),
  };
}

function CallForm({ campaignId, callableCents }: { campaignId: number; callableCents: number }) {
  const t = useT();
  const { locale } = useLocale();
  const toast = useToast();
  const call = useCallFunds();
  const input = useAmountAndDay();
  const [errors, setErrors] = useState<Errors>({});
  const tooMuch = () => t("drawdown.call.tooMuch", { amount: formatEuro(callableCents, locale) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { cents, problems } = input.check();
    // Today's ceiling is known here; a back-dated call is checked by the server for its day.
    if (!problems.amount && input.day === input.today && cents > callableCents) problems.amount = tooMuch();
    setErrors(problems);
    if (problems.amount || problems.date) return;
    call.mutate(
      { campaignId, amountCents: cents, calledAt: input.day },
      {
        onSuccess: () => {
          toast(t("drawdown.call.done", { amount: formatEuro(cents, locale) }));
          input.reset();
        },
        // Today's ceiling is the card's; a past day's the server knows (and a later call's day).
        onError: (error) =>
          setErrors(
            errorsOf(error, t, "calledAt", input.day === input.today ? tooMuch : () => t("drawdown.call.tooMuchOnDay")),
          ),
      },
    );
  };

  return (
    <StateForm title={t("drawdown.call.title")} onSubmit={submit} error={errors.form} testId="drawdown-call-form">
      <AmountAndDay
        input={input}
        errors={errors}
        amountLabel={t("drawdown.call.amount")}
        dayLabel={t("drawdown.call.date")}
      />
      <button type="submit" className="button button--primary" disabled={call.isPending}>
        {t("drawdown.call.submit")}
      </button>
    </StateForm>
  );
}

function ReceiptForm({ campaignId }: { campaignId: number }) {
  const t = useT();
  const { locale } = useLocale();
  const toast = useToast();
  const record = useRecordStateReceipt();
  const input = useAmountAndDay();
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Errors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { cents, problems } = input.check();
    setErrors(problems);
    if (problems.amount || problems.date) return;
    record.mutate(
      { campaignId, amountCents: cents, receivedAt: input.day, ...(note.trim() && { note: note.trim() }) },
      {
        onSuccess: () => {
          toast(t("drawdown.receipt.done", { amount: formatEuro(cents, locale) }));
          input.reset();
          setNote("");
        },
        onError: (error) => setErrors(errorsOf(error, t, "receivedAt", () => t("field.amountCents"))),
      },
    );
  };

  return (
    <StateForm title={t("drawdown.receipt.title")} onSubmit={submit} error={errors.form} testId="drawdown-receipt-form">
      <AmountAndDay
        input={input}
        errors={errors}
        amountLabel={t("drawdown.receipt.amount")}
        dayLabel={t("drawdown.receipt.date")}
      />
      <Field label={t("drawdown.receipt.note")}>
        {(control) => <input {...control} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <button type="submit" className="button button--primary" disabled={record.isPending}>
        {t("drawdown.receipt.submit")}
      </button>
    </StateForm>
  );
}

function StateForm({
  title,
  onSubmit,
  error,
  testId,
  children,
}: {
  title: string;
  onSubmit: (event: FormEvent) => void;
  error?: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <form className="form drawdown__form" onSubmit={onSubmit} noValidate aria-label={title} data-testid={testId}>
      <h3 className="drawdown__form-title">{title}</h3>
      {children}
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

// Editing a pledge in place of its facts: amount, type, date, condition, description,
// raised-by, note, the day a new amount or type counts from, a reason, and optionally the
// installments. Only what changed is sent, with the version the form opened with.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useToast } from "../../../../components/Toast";
import { readAmount } from "../../../../lib/amount";
import { todayInBerlin } from "../../../../lib/format";
import { useLocale, useT } from "../../../../lib/i18n";
import { errorCodeOf } from "../../../../lib/trpc";
import type { PledgeDetail } from "../../api/pledgeDetail";
import { useUpdatePledge } from "../../api/pledges";
import {
  checkEdit,
  initialEditValues,
  serverEditErrors,
  type EditErrors,
  type EditValues,
} from "../../detail/editModel";
import { problemOf } from "../../problem";
import { EditFields } from "./EditFields";
import { ScheduleEditor } from "./ScheduleEditor";

interface EditPledgeFormProps {
  pledge: PledgeDetail;
  raisedBySponsorName: string | undefined;
  /** The business date of the pledge's last change (from the history). */
  lastEventAt: string | undefined;
  onDone: () => void;
  onProblem: (message: string | null) => void;
}

export function EditPledgeForm({ pledge, raisedBySponsorName, lastEventAt, onDone, onProblem }: EditPledgeFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const toast = useToast();
  const update = useUpdatePledge();
  const formRef = useRef<HTMLFormElement>(null);
  const [today] = useState(todayInBerlin);
  // The pledge as the form opened: what is compared, and whose version is sent.
  const [opened] = useState(pledge);
  const [initial] = useState(() => initialEditValues(pledge, raisedBySponsorName, today));
  const [values, setValues] = useState<EditValues>(initial);
  const [errors, setErrors] = useState<EditErrors>({});
  const [attempt, setAttempt] = useState(0);
  const set = <K extends keyof EditValues>(key: K, value: EditValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>("input, select, textarea")?.focus();
  }, []);
  // After a refused save, take the keyboard to the first field that needs attention.
  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [attempt]);

  const showErrors = (next: EditErrors) => {
    setErrors(next);
    setAttempt((n) => n + 1);
  };
  const reading = readAmount(values.amount, t);
  const amountCents = reading.ok ? reading.cents : null;
  const figuresChanged = (amountCents !== null && amountCents !== opened.amountCents) || values.type !== initial.type;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    const checked = checkEdit(values, initial, opened, t, locale);
    if (!checked.input) return showErrors(checked.errors);
    setErrors({});
    onProblem(null);
    update.mutate(checked.input, {
      onSuccess: () => {
        toast(t("detail.edit.saved", { sponsor: opened.sponsorName }));
        onDone();
      },
      onError: (error) => {
        if (errorCodeOf(error) === "BAD_REQUEST") return showErrors(serverEditErrors(error, t));
        onProblem(problemOf(error, t, "page"));
        onDone();
      },
    });
  };

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form
      ref={formRef}
      className="form card pledge-edit"
      onSubmit={submit}
      noValidate
      aria-labelledby="pledge-edit-title"
    >
      <h2 id="pledge-edit-title" className="pledge-edit__title">
        {t("detail.edit.title")}
      </h2>
      <EditFields
        values={values}
        errors={errors}
        set={set}
        today={today}
        lastEventAt={lastEventAt}
        dateLocked={lastEventAt !== opened.pledgedAt}
        figuresChanged={figuresChanged}
        linkedRaiser={opened.raisedBySponsorId != null ? raisedBySponsorName : undefined}
      />
      <ScheduleEditor values={values} errors={errors} set={set} amountCents={amountCents} />
      <p className="form__error" role="alert">
        {errors.form ?? (hasErrors ? t("detail.edit.errorSummary") : "")}
      </p>
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t("common.cancel")}
        </button>
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? t("form.submitting") : t("detail.edit.submit")}
        </button>
      </div>
    </form>
  );
}

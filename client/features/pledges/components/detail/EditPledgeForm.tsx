// Editing a pledge in place of its facts: amount, type, date, condition, description,
// raised-by, note, the day a new amount or type counts from, a reason, and optionally the
// installments. Only what changed is sent, with the version the form opened with. A pledge
// date corrected to more than 90 days after the deadline is asked about first, as in the
// new-pledge form (here, or when the server refuses it as unusual).
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useToast } from "../../../../components/Toast";
import { UnusualDateDialog } from "../../../../components/UnusualDateDialog";
import { readAmount } from "../../../../lib/amount";
import { useCurrentCampaign } from "../../../../lib/campaigns";
import { formatDate, todayInBerlin } from "../../../../lib/format";
import { useLocale, useT } from "../../../../lib/i18n";
import { errorCodeOf, refusedAsUnusualDate } from "../../../../lib/trpc";
import { earliestPledgeDate, isUnusualPledgeDate } from "../../../../../server/domain/dateRules";
import type { PledgeDetail } from "../../api/pledgeDetail";
import { useUpdatePledge } from "../../api/pledges";
import {
  checkEdit,
  initialEditValues,
  serverEditErrors,
  type EditErrors,
  type EditValues,
  type UpdateInput,
} from "../../detail/editModel";
import { problemOf } from "../../problem";
import { EditFields } from "./EditFields";
import { ScheduleEditor } from "./ScheduleEditor";

interface EditPledgeFormProps {
  pledge: PledgeDetail;
  raisedBySponsorName: string | undefined;
  /** The earliest status move, payment or amount change: the pledge date may not move past it. */
  firstChangeAt: string | undefined;
  /** Created as paid: its payment carries the pledge's date, which then stays. */
  createdPaid: boolean;
  onDone: () => void;
  onProblem: (message: string | null) => void;
}

export function EditPledgeForm({
  pledge,
  raisedBySponsorName,
  firstChangeAt,
  createdPaid,
  onDone,
  onProblem,
}: EditPledgeFormProps) {
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
  // The update waiting for a yes to its unusual pledge date.
  const [unusual, setUnusual] = useState<UpdateInput | null>(null);
  const campaign = useCurrentCampaign();
  const earliest = campaign ? earliestPledgeDate(campaign) : undefined;
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
    const { pledgedAt } = checked.input;
    if (pledgedAt && earliest && pledgedAt < earliest)
      return showErrors({ pledgedAt: t("form.date.beforeStart", { date: formatDate(earliest, locale) }) });
    setErrors({});
    if (pledgedAt && campaign && isUnusualPledgeDate(pledgedAt, campaign)) return setUnusual(checked.input);
    send(checked.input);
  };
  const send = (input: UpdateInput) => {
    onProblem(null);
    update.mutate(input, {
      onSuccess: () => {
        toast(t("detail.edit.saved", { sponsor: opened.sponsorName }));
        onDone();
      },
      onError: (error) => {
        if (!input.acceptUnusualDate && campaign && refusedAsUnusualDate(error, "pledgedAt")) return setUnusual(input);
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
        earliest={earliest}
        firstChangeAt={firstChangeAt}
        dateLocked={createdPaid}
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
      {unusual?.pledgedAt && campaign && (
        <UnusualDateDialog
          date={unusual.pledgedAt}
          deadline={campaign.deadline}
          onConfirm={() => {
            setUnusual(null);
            send({ ...unusual, acceptUnusualDate: true });
          }}
          onClose={() => setUnusual(null)}
        />
      )}
    </form>
  );
}

// Confirming, withdrawing or reinstating a pledge, from its list row or its page, asks for the
// day it happened — "Bestätigt am" is the day the signed pledge came back — today unless told
// otherwise, and for a withdrawal the reason (it goes into the history). The change counts
// from that day. A day more than 90 days after the deadline is most likely a typing error:
// asked about first, here or when the server refuses it as unusual, then sent with
// acceptUnusualDate.
import { useState, type FormEvent } from "react";
import { DateField } from "../../../components/DateField";
import { Dialog } from "../../../components/Dialog";
import { Field } from "../../../components/Field";
import { useToast } from "../../../components/Toast";
import { UnusualDateDialog } from "../../../components/UnusualDateDialog";
import { useCurrentCampaign } from "../../../lib/campaigns";
import { dateValueProblem } from "../../../lib/dateInput";
import { translateFieldErrors } from "../../../lib/fieldErrors";
import { formatDate, formatEuro, todayInBerlin } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { errorCodeOf, fieldErrorsOf, refusedAsUnusualDate } from "../../../lib/trpc";
import { useSetPledgeStatus, type PledgeRef } from "../api/pledges";
import { problemOf, type ProblemPlace } from "../problem";
import { earliestPledgeDate, isUnusualPledgeDate } from "../../../../server/domain/dateRules";

export type StatusMove = "confirm" | "withdraw" | "reinstate";

/** Per move: the status it sets, and the texts it shows (the toast names sponsor and amount). */
const MOVES = {
  confirm: {
    status: "confirmed",
    title: "confirm.title",
    text: "confirm.text",
    date: "confirm.date",
    hint: "confirm.date.hint",
    submit: "confirm.submit",
    done: "action.confirmedAmount",
  },
  withdraw: {
    status: "withdrawn",
    title: "withdraw.title",
    text: "withdraw.text",
    date: "withdraw.date",
    hint: "withdraw.date.hint",
    submit: "withdraw.submit",
    done: "action.withdrawnAmount",
  },
  reinstate: {
    status: "intent",
    title: "reinstate.title",
    text: "reinstate.text",
    date: "reinstate.date",
    hint: "reinstate.date.hint",
    submit: "reinstate.submit",
    done: "action.reinstatedAmount",
  },
} as const;

interface StatusDialogProps {
  pledge: PledgeRef;
  move: StatusMove;
  place: ProblemPlace;
  onClose: () => void;
  onProblem: (message: string | null) => void;
}

export function StatusDialog({ pledge, move, place, onClose, onProblem }: StatusDialogProps) {
  const t = useT();
  const { locale } = useLocale();
  const toast = useToast();
  const setStatus = useSetPledgeStatus();
  const campaign = useCurrentCampaign();
  const texts = MOVES[move];
  const [today] = useState(todayInBerlin);
  const [at, setAt] = useState(today);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<{ at?: string; reason?: string }>({});
  const [askUnusual, setAskUnusual] = useState(false);
  const amount = formatEuro(pledge.amountCents, locale);
  // The first day allowed: the pledge's own date, or the campaign's first possible day if later.
  // (Changes may be entered in any order; one that clashes with a later one is refused.)
  const earliest = campaign ? earliestPledgeDate(campaign) : undefined;
  const min = earliest && earliest > pledge.pledgedAt ? earliest : pledge.pledgedAt;

  const send = (acceptUnusualDate: boolean) => {
    onProblem(null);
    setStatus.mutate(
      {
        pledgeId: pledge.id,
        status: texts.status,
        expectedVersion: pledge.version,
        at,
        ...(move === "withdraw" ? { reason: reason.trim() } : {}),
        ...(acceptUnusualDate ? { acceptUnusualDate } : {}),
      },
      {
        onSuccess: () => {
          toast(t(texts.done, { sponsor: pledge.sponsorName, amount }));
          onClose();
        },
        onError: (err) => {
          if (!acceptUnusualDate && campaign && refusedAsUnusualDate(err, "at")) return setAskUnusual(true);
          if (errorCodeOf(err) === "BAD_REQUEST") {
            const fields = translateFieldErrors(fieldErrorsOf(err), t);
            const known = fields.at || fields.reason;
            return setErrors({ at: known ? fields.at : t("common.error.invalid"), reason: fields.reason });
          }
          onProblem(problemOf(err, t, place));
          onClose();
        },
      },
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (setStatus.isPending) return;
    const next = {
      at: checkDate(),
      reason: move === "withdraw" && !reason.trim() ? t("withdraw.reasonRequired") : undefined,
    };
    setErrors(next);
    if (next.at || next.reason) return;
    if (campaign && isUnusualPledgeDate(at, campaign)) return setAskUnusual(true);
    send(false);
  };
  /** What the server would refuse anyway, said in the field's words. */
  const checkDate = (): string | undefined => {
    const problem = dateValueProblem(at, t);
    if (problem) return problem;
    if (at > today) return t("date.error.after", { date: formatDate(today, locale) });
    if (at < min) return t("date.error.before", { date: formatDate(min, locale) });
    return undefined;
  };

  return (
    <>
      <Dialog title={t(texts.title, { sponsor: pledge.sponsorName })} onClose={onClose}>
        <form className="form" onSubmit={submit} noValidate>
          <p className="muted">{t(texts.text, { amount })}</p>
          <DateField
            label={t(texts.date)}
            hint={t(texts.hint)}
            value={at}
            onChange={setAt}
            min={min}
            max={today}
            error={errors.at}
            autoFocus={move !== "withdraw"}
          />
          {move === "withdraw" && (
            <Field label={t("withdraw.reason")} error={errors.reason}>
              {(control) => (
                <textarea
                  {...control}
                  rows={3}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  data-autofocus
                />
              )}
            </Field>
          )}
          <div className="form__actions">
            <button type="button" className="button button--secondary" onClick={onClose}>
              {t("common.cancel")}
            </button>
            <button
              type="submit"
              className={`button ${move === "withdraw" ? "button--danger" : "button--primary"}`}
              disabled={setStatus.isPending}
            >
              {t(texts.submit)}
            </button>
          </div>
        </form>
      </Dialog>
      {/* Beside the dialog, not inside it: a dialog's close must not reach the other's onClose. */}
      {askUnusual && campaign && (
        <UnusualDateDialog
          date={at}
          deadline={campaign.deadline}
          onConfirm={() => {
            setAskUnusual(false);
            send(true);
          }}
          onClose={() => setAskUnusual(false)}
        />
      )}
    </>
  );
}

// The actions the pledge's status allows: confirm an intent, record a payment on a confirmed
// pledge, withdraw either (with a reason), reinstate a withdrawn one; and for any pledge,
// edit it or undo its last change. Every write sends the version the page shows.
import { useState } from "react";
import { useToast } from "../../../components/Toast";
import { useT } from "../../../lib/i18n";
import { useSetStatus, type HistoryEvent, type PledgeDetail } from "../api/pledgeDetail";
import { problemOf } from "../problem";
import { PaymentDialog } from "./PaymentDialog";
import { UndoDialog } from "./UndoDialog";
import { WithdrawDialog } from "./WithdrawDialog";

interface DetailActionsProps {
  pledge: PledgeDetail;
  events: readonly HistoryEvent[];
  lastEvent: HistoryEvent | undefined;
  onEdit: () => void;
  onProblem: (message: string | null) => void;
}

type Open = "payment" | "withdraw" | "undo" | null;

export function DetailActions({ pledge, events, lastEvent, onEdit, onProblem }: DetailActionsProps) {
  const t = useT();
  const toast = useToast();
  const setStatus = useSetStatus(pledge.id);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);

  const move = (status: "confirmed" | "intent", done: "action.confirmed" | "action.reinstated") => {
    onProblem(null);
    setStatus.mutate(
      { pledgeId: pledge.id, status, expectedVersion: pledge.version },
      {
        onSuccess: () => toast(t(done, { sponsor: pledge.sponsorName })),
        onError: (error) => onProblem(problemOf(error, t)),
      },
    );
  };
  const busy = setStatus.isPending;

  return (
    <div className="row-actions pledge-detail__actions" role="group" aria-label={t("detail.actions")}>
      {pledge.status === "intent" && (
        <button type="button" className="button button--primary" disabled={busy} onClick={() => move("confirmed", "action.confirmed")}>
          {t("action.confirm")}
        </button>
      )}
      {pledge.status === "confirmed" && (
        <button type="button" className="button button--primary" disabled={busy} onClick={() => setOpen("payment")}>
          {t("action.recordPayment")}
        </button>
      )}
      {pledge.status === "withdrawn" && (
        <button type="button" className="button button--primary" disabled={busy} onClick={() => move("intent", "action.reinstated")}>
          {t("action.reinstate")}
        </button>
      )}
      <button type="button" className="button button--secondary" disabled={busy} onClick={onEdit}>
        {t("detail.edit")}
      </button>
      {lastEvent && (
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => setOpen("undo")}>
          {t("detail.undo")}
        </button>
      )}
      {(pledge.status === "intent" || pledge.status === "confirmed") && (
        <button type="button" className="button button--danger-ghost" disabled={busy} onClick={() => setOpen("withdraw")}>
          {t("action.withdraw")}
        </button>
      )}
      {open === "payment" && <PaymentDialog pledge={pledge} minDate={lastEvent?.at} onClose={close} onProblem={onProblem} />}
      {open === "withdraw" && <WithdrawDialog pledge={pledge} onClose={close} onProblem={onProblem} />}
      {open === "undo" && lastEvent && <UndoDialog pledge={pledge} lastEvent={lastEvent} events={events} onClose={close} onProblem={onProblem} />}
    </div>
  );
}

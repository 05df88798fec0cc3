// The pledge page's actions: what its status allows (statusActions.ts, shared with the list
// rows), and for any pledge, edit it or undo its last change. Every write sends the version
// the page shows.
import { useState } from "react";
import { useT } from "../../../../lib/i18n";
import type { HistoryEvent, PledgeDetail } from "../../api/pledgeDetail";
import { ActionDialog, type ActionKind } from "../ActionDialog";
import { statusActionsOf } from "../statusActions";
import { UndoDialog } from "./UndoDialog";

interface DetailActionsProps {
  pledge: PledgeDetail;
  events: readonly HistoryEvent[];
  lastEvent: HistoryEvent | undefined;
  onEdit: () => void;
  onProblem: (message: string | null) => void;
}

type Open = ActionKind | "undo" | null;

export function DetailActions({ pledge, events, lastEvent, onEdit, onProblem }: DetailActionsProps) {
  const t = useT();
  const actions = statusActionsOf(pledge.status);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);

  return (
    <div className="row-actions pledge-detail__actions" role="group" aria-label={t("detail.actions")}>
      {actions.canConfirm && (
        <button type="button" className="button button--primary" onClick={() => setOpen("confirm")}>
          {t("action.confirm")}
        </button>
      )}
      {actions.canPay && (
        <button type="button" className="button button--primary" onClick={() => setOpen("payment")}>
          {t("action.recordPayment")}
        </button>
      )}
      {actions.canReinstate && (
        <button type="button" className="button button--primary" onClick={() => setOpen("reinstate")}>
          {t("action.reinstate")}
        </button>
      )}
      <button type="button" className="button button--secondary" onClick={onEdit}>
        {t("detail.edit")}
      </button>
      {lastEvent && (
        <button type="button" className="button button--secondary" onClick={() => setOpen("undo")}>
          {t("detail.undo")}
        </button>
      )}
      {actions.canWithdraw && (
        <button type="button" className="button button--danger-ghost" onClick={() => setOpen("withdraw")}>
          {t("action.withdraw")}
        </button>
      )}
      {open === "undo"
        ? lastEvent && (
            <UndoDialog pledge={pledge} lastEvent={lastEvent} events={events} onClose={close} onProblem={onProblem} />
          )
        : open && <ActionDialog kind={open} pledge={pledge} place="page" onClose={close} onProblem={onProblem} />}
    </div>
  );
}

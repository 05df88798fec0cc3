// A list row's actions (see useStatusActions); payment and withdrawal open a dialog the page holds.
import { useT } from "../../../lib/i18n";
import type { PledgeRow } from "../api/pledges";
import { useStatusActions } from "./useStatusActions";

/** The dialog a row action opens on the page (null: none). */
export type OpenDialog = { kind: "withdraw" | "payment"; pledge: PledgeRow } | null;

interface PledgeActionsProps {
  pledge: PledgeRow;
  onOpen: (dialog: OpenDialog) => void;
  onProblem: (message: string | null) => void;
}

export function PledgeActions({ pledge, onOpen, onProblem }: PledgeActionsProps) {
  const t = useT();
  const actions = useStatusActions(pledge, "list", onProblem);
  const { busy } = actions;
  return (
    <div className="row-actions">
      {actions.canConfirm && (
        <button type="button" className="button button--small" disabled={busy} onClick={actions.confirm}>
          {t("action.confirm")}
        </button>
      )}
      {actions.canPay && (
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => onOpen({ kind: "payment", pledge })}
        >
          {t("action.recordPayment")}
        </button>
      )}
      {actions.canWithdraw && (
        <button
          type="button"
          className="button button--small button--danger-ghost"
          disabled={busy}
          onClick={() => onOpen({ kind: "withdraw", pledge })}
        >
          {t("action.withdraw")}
        </button>
      )}
      {actions.canReinstate && (
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={busy}
          onClick={actions.reinstate}
        >
          {t("action.reinstate")}
        </button>
      )}
    </div>
  );
}

// A list row's actions (see statusActions.ts); each opens a dialog the page holds.
import { useT } from "../../../lib/i18n";
import type { PledgeRow } from "../api/pledges";
import type { ActionKind } from "./ActionDialog";
import { statusActionsOf } from "./statusActions";

/** The dialog a row action opens on the page (null: none). */
export type OpenDialog = { kind: ActionKind; pledge: PledgeRow } | null;

interface PledgeActionsProps {
  pledge: PledgeRow;
  onOpen: (dialog: OpenDialog) => void;
}

export function PledgeActions({ pledge, onOpen }: PledgeActionsProps) {
  const t = useT();
  const actions = statusActionsOf(pledge.status);
  const open = (kind: ActionKind) => () => onOpen({ kind, pledge });
  return (
    <div className="row-actions">
      {actions.canConfirm && (
        <button type="button" className="button button--small" onClick={open("confirm")}>
          {t("action.confirm")}
        </button>
      )}
      {actions.canPay && (
        <button type="button" className="button button--small" onClick={open("payment")}>
          {t("action.recordPayment")}
        </button>
      )}
      {actions.canWithdraw && (
        <button type="button" className="button button--small button--danger-ghost" onClick={open("withdraw")}>
          {t("action.withdraw")}
        </button>
      )}
      {actions.canReinstate && (
        <button type="button" className="button button--small button--secondary" onClick={open("reinstate")}>
          {t("action.reinstate")}
        </button>
      )}
    </div>
  );
}

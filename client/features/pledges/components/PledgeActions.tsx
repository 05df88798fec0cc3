// The actions a pledge's status allows: confirm an intent, record a payment on a confirmed
// pledge, withdraw either (with a reason), reinstate a withdrawn one. Each change sends the
// row's version, so a change made meanwhile by someone else is refused, never overwritten.
import { useToast } from "../../../components/Toast";
import { useT } from "../../../lib/i18n";
import { useSetPledgeStatus, type PledgeRow } from "../api/pledges";
import { problemOf } from "../problem";

/** The dialog a row action opens on the page (null: none). */
export type OpenDialog = { kind: "withdraw" | "payment"; pledge: PledgeRow } | null;

interface PledgeActionsProps {
  pledge: PledgeRow;
  onOpen: (dialog: OpenDialog) => void;
  onProblem: (message: string | null) => void;
}

export function PledgeActions({ pledge, onOpen, onProblem }: PledgeActionsProps) {
  const t = useT();
  const toast = useToast();
  const setStatus = useSetPledgeStatus();
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
    <div className="row-actions">
      {pledge.status === "intent" && (
        <button type="button" className="button button--small" disabled={busy} onClick={() => move("confirmed", "action.confirmed")}>
          {t("action.confirm")}
        </button>
      )}
      {pledge.status === "confirmed" && (
        <button type="button" className="button button--small" disabled={busy} onClick={() => onOpen({ kind: "payment", pledge })}>
          {t("action.recordPayment")}
        </button>
      )}
      {(pledge.status === "intent" || pledge.status === "confirmed") && (
        <button type="button" className="button button--small button--danger-ghost" disabled={busy} onClick={() => onOpen({ kind: "withdraw", pledge })}>
          {t("action.withdraw")}
        </button>
      )}
      {pledge.status === "withdrawn" && (
        <button type="button" className="button button--small button--secondary" disabled={busy} onClick={() => move("intent", "action.reinstated")}>
          {t("action.reinstate")}
        </button>
      )}
    </div>
  );
}

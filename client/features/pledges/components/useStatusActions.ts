// What a pledge's status allows, for the list row and the pledge's page alike: confirm an
// intent, record a payment on a confirmed pledge, withdraw either (with a reason, in a
// dialog), reinstate a withdrawn one. The direct steps send the version shown, so a change
// made meanwhile by someone else is refused, never overwritten.
import { useToast } from "../../../components/Toast";
import { formatEuro } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { useSetPledgeStatus, type PledgeRef } from "../api/pledges";
import { problemOf, type ProblemPlace } from "../problem";
import { acceptsPayments, statusMovesFrom } from "../../../../server/domain/pledgeRules";
import type { PledgeStatus } from "../../../../server/domain/codes";

export function useStatusActions(pledge: PledgeRef, place: ProblemPlace, onProblem: (message: string | null) => void) {
  const t = useT();
  const { locale } = useLocale();
  const toast = useToast();
  const setStatus = useSetPledgeStatus();
  // The toast names the amount: what just moved into (or out of) the counted own funds.
  const move = (status: "confirmed" | "intent", done: "action.confirmedAmount" | "action.reinstatedAmount") => {
    onProblem(null);
    setStatus.mutate(
      { pledgeId: pledge.id, status, expectedVersion: pledge.version },
      {
        onSuccess: () =>
          toast(t(done, { sponsor: pledge.sponsorName, amount: formatEuro(pledge.amountCents, locale) })),
        onError: (error) => onProblem(problemOf(error, t, place)),
      },
    );
  };
  const canMove = (to: PledgeStatus) => statusMovesFrom(pledge.status).includes(to);
  return {
    busy: setStatus.isPending,
    canConfirm: canMove("confirmed"),
    canPay: acceptsPayments(pledge.status),
    canWithdraw: canMove("withdrawn"),
    canReinstate: pledge.status === "withdrawn" && canMove("intent"),
    confirm: () => move("confirmed", "action.confirmedAmount"),
    reinstate: () => move("intent", "action.reinstatedAmount"),
  };
}

// What a pledge's status allows, for the list row and the pledge's page alike: confirm an
// intent, record a payment on a confirmed pledge, withdraw either, reinstate a withdrawn one.
// Each opens a dialog (ActionDialog) that asks for the day it happened; the dialogs send the
// version shown, so a change made meanwhile by someone else is refused, never overwritten.
import { acceptsPayments, statusMovesFrom } from "../../../../server/domain/pledgeRules";
import type { PledgeStatus } from "../../../../server/domain/codes";

export function statusActionsOf(status: PledgeStatus) {
  const canMove = (to: PledgeStatus) => statusMovesFrom(status).includes(to);
  return {
    canConfirm: canMove("confirmed"),
    canPay: acceptsPayments(status),
    canWithdraw: canMove("withdrawn"),
    canReinstate: status === "withdrawn" && canMove("intent"),
  };
}

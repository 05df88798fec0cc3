// The dialog a pledge's action opens, from its list row or its page: a status move (confirm,
// withdraw, reinstate) or a payment. The list loads it lazily, with the date field in it, so
// the list itself stays in the small first bundle.
import type { PledgeRef } from "../api/pledges";
import type { ProblemPlace } from "../problem";
import { PaymentDialog } from "./PaymentDialog";
import { StatusDialog, type StatusMove } from "./StatusDialog";

export type ActionKind = StatusMove | "payment";

interface ActionDialogProps {
  kind: ActionKind;
  pledge: PledgeRef;
  place: ProblemPlace;
  onClose: () => void;
  onProblem: (message: string | null) => void;
}

export function ActionDialog({ kind, ...props }: ActionDialogProps) {
  return kind === "payment" ? <PaymentDialog {...props} /> : <StatusDialog move={kind} {...props} />;
}

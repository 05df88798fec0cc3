// Which payments still stand: an undone payment is never deleted but reversed by a row of the
// opposite amount that refers to it (ledger/corrections.ts), and undoing that undo reverses the
// reversal. A payment stands when it is a payment (positive, reversing nothing) and the chain
// of reversals behind it is even. Only a standing payment gets a receipt or an invoice.

export interface PaymentLink {
  id: number;
  amountCents: number;
  reversesPaymentId: number | null;
}

/** The ids of the standing payments among `all` (all payments of the pledges concerned). */
export function standingPaymentIds(all: readonly PaymentLink[]): Set<number> {
  const reversalOf = new Map<number, number>();
  for (const p of all) if (p.reversesPaymentId !== null) reversalOf.set(p.reversesPaymentId, p.id);
  const standing = new Set<number>();
  for (const p of all) {
    if (p.amountCents <= 0 || p.reversesPaymentId !== null) continue;
    let reversals = 0;
    for (let at = reversalOf.get(p.id); at !== undefined; at = reversalOf.get(at)) reversals += 1;
    if (reversals % 2 === 0) standing.add(p.id);
  }
  return standing;
}

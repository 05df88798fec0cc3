// Storing an issued document, in one transaction: the series' number taken, the document with
// its facts and PDF, the payments it covers; for a cancellation, the old one's payments
// released first. The plan was read and its PDF rendered before this transaction (rendering is
// slow and runs in a worker); here it is read again and stored only if nothing changed since,
// so the number printed in the PDF is the one taken and no document holds stale facts.
import { and, eq, isNull } from "drizzle-orm";
import { campaigns, documentCancellations, documentPayments, documents, type DocumentRow } from "../../db/schema";
import { berlinDay } from "../domain/dates";
import { seriesOf } from "../domain/documentNumber";
import { planCancel, type CancelPlan } from "../queries/cancelPlan";
import { planIssue, type DocumentPlan, type IssueRequest } from "../queries/documentPlan";
import type { Actor } from "./pledges";
import type { Write } from "./tx";

/** Null: the plan is stale (something changed while its PDF was rendered); plan and render again. */
export function storeIssued(
  w: Write,
  actor: Actor,
  request: IssueRequest,
  expected: DocumentPlan,
  pdf: Buffer,
): DocumentRow | null {
  const plan = planIssue(w.tx, request, berlinDay(actor.now));
  if (JSON.stringify(plan) !== JSON.stringify(expected)) return null;
  return insertDocument(w, actor, plan, pdf);
}

/** The cancelled document's correction (null when nothing replaces it), or "stale" as storeIssued. */
export function storeCancellation(
  w: Write,
  actor: Actor,
  expected: CancelPlan,
  pdf: Buffer | null,
  reason: string,
): { correction: DocumentRow | null } | "stale" {
  const plan = planCancel(w.tx, expected.document.id, berlinDay(actor.now));
  if (JSON.stringify(plan) !== JSON.stringify(expected)) return "stale";
  w.tx
    .update(documentPayments)
    .set({ releasedAt: actor.now.getTime() })
    .where(and(eq(documentPayments.documentId, plan.document.id), isNull(documentPayments.releasedAt)))
    .run();
  let correction: DocumentRow | null = null;
  if (plan.correction) {
    if (!pdf) throw new Error("a correction needs its PDF");
    // The reason is kept with the correction's facts too (not printed).
    correction = insertDocument(w, actor, plan.correction, pdf, { reason });
  }
  // Why, when and by whom: also where nothing replaces the cancelled document.
  w.tx
    .insert(documentCancellations)
    .values({
      documentId: plan.document.id,
      campaignId: plan.document.campaignId,
      reason,
      correctionDocumentId: correction?.id ?? null,
      cancelledAt: actor.now.getTime(),
      cancelledBy: actor.userId,
    })
    .run();
  return { correction };
}

function insertDocument(
  w: Write,
  actor: Actor,
  plan: DocumentPlan,
  pdf: Buffer,
  extra: { reason?: string } = {},
): DocumentRow {
  const series = seriesOf(plan.kind);
  const last = series === "invoice" ? campaigns.lastInvoiceNumber : campaigns.lastReceiptNumber;
  // The plan read last + 1 in this same transaction; the condition is the number's guard all the same.
  const taken = w.tx
    .update(campaigns)
    .set(series === "invoice" ? { lastInvoiceNumber: plan.sequence } : { lastReceiptNumber: plan.sequence })
    .where(and(eq(campaigns.id, plan.campaignId), eq(last, plan.sequence - 1)))
    .returning({ id: campaigns.id })
    .get();
  if (!taken) throw new Error(`document number ${plan.number} is no longer the next one`);
  const row = w.tx
    .insert(documents)
    .values({
      campaignId: plan.campaignId,
      sponsorId: plan.sponsorId,
      kind: plan.kind,
      number: plan.number,
      year: plan.year,
      amountCents: plan.amountCents,
      issuedOn: plan.issuedOn,
      facts: { ...plan.facts, ...extra },
      pdf,
      cancelsDocumentId: plan.cancelsDocumentId,
      createdAt: actor.now.getTime(),
      createdBy: actor.userId,
    })
    .returning()
    .get();
  const releasedAt = plan.live ? null : actor.now.getTime();
  for (const paymentId of plan.paymentIds)
    w.tx.insert(documentPayments).values({ documentId: row.id, paymentId, releasedAt }).run();
  return row;
}

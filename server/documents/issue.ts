// Issuing a receipt or an invoice, and cancelling one. The number is printed in the PDF and
// the PDF takes a worker's while to render, so the order is:
//   1. read the plan (documentPlan.ts): refusals, facts and the number it will take (last + 1);
//   2. render its PDF in the letter worker, outside any transaction;
//   3. in ONE synchronous transaction read the plan again and, if it is unchanged, take the
//      number, store facts and PDF and link the payments (ledger/documents.ts).
// A number is taken only by a stored document, so numbers are gapless as well as never reused:
// a refusal or a failed rendering takes none, and nothing is stored without its PDF. If another
// document took the number (or anything else in the plan changed) while this one rendered, the
// transaction stores nothing and the plan is read and rendered again. Issues of one campaign
// wait for each other here, so that happens only when something else changed the facts.
import type { Db } from "../../db/open";
import type { DocumentRow } from "../../db/schema";
import { berlinDay } from "../domain/dates";
import { DomainError } from "../domain/errors";
import type { Actor } from "../ledger/ledger";
import { collectiveReceipt } from "../letters/collectiveReceipt";
import type { CollectiveReceiptFacts, DonationReceiptFacts, InvoiceFacts } from "../letters/documentFacts";
import { donationReceipt } from "../letters/donationReceipt";
import { sponsoringInvoice } from "../letters/invoice";
import { renderPdf } from "../letters/pdf";
import { planCancel } from "../queries/cancelPlan";
import { planIssue, type DocumentPlan, type IssueRequest } from "../queries/documentPlan";
import type { Services } from "../services";

const ATTEMPTS = 3;

function definitionOf(plan: DocumentPlan) {
  if (plan.kind === "invoice") return sponsoringInvoice(plan.facts as InvoiceFacts);
  if (plan.kind === "collective_receipt") return collectiveReceipt(plan.facts as CollectiveReceiptFacts);
  return donationReceipt(plan.facts as DonationReceiptFacts);
}

export async function issueDocument(services: Services, actor: Actor, request: IssueRequest, campaignId: number) {
  return oneAtATime(services.db, campaignId, async () => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const plan = planIssue(services.db, request, berlinDay(actor.now));
      const pdf = await renderPdf(definitionOf(plan));
      const row = await services.ledger.run((c) => c.storeIssued(actor, request, plan, pdf));
      if (row) return row;
    }
    throw busy();
  });
}

export async function cancelDocument(
  services: Services,
  actor: Actor,
  documentId: number,
  campaignId: number,
  reason: string,
): Promise<{ correction: DocumentRow | null }> {
  return oneAtATime(services.db, campaignId, async () => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const plan = planCancel(services.db, documentId, berlinDay(actor.now));
      const pdf = plan.correction ? await renderPdf(definitionOf(plan.correction)) : null;
      const result = await services.ledger.run((c) => c.storeCancellation(actor, plan, pdf, reason));
      if (result !== "stale") return result;
    }
    throw busy();
  });
}

const busy = () => new DomainError("throttled", "the campaign's documents kept changing; please try again");

// Per database and campaign: the tail of the queue of issues waiting there.
const queues = new WeakMap<Db, Map<number, Promise<unknown>>>();

function oneAtATime<T>(db: Db, campaignId: number, work: () => Promise<T>): Promise<T> {
  const ofDb = queues.get(db) ?? new Map<number, Promise<unknown>>();
  queues.set(db, ofDb);
  const before = ofDb.get(campaignId) ?? Promise.resolve();
  const run = before.then(work, work);
  const tail = run.catch(() => undefined);
  ofDb.set(campaignId, tail);
  void tail.then(() => {
    if (ofDb.get(campaignId) === tail) ofDb.delete(campaignId);
  });
  return run;
}

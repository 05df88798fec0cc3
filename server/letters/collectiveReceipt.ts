// The collective receipt (Sammelbestätigung) for one sponsor and a period: the body on the
// first page, and from the second page the Anlage listing every gift. The Anlage is an
// attachment (BMF letter), so its table may run on over further pages; its header row repeats.
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { amountInWords } from "./amountInWords";
import type { CollectiveReceiptFacts } from "./documentFacts";
import { euro, shortDay } from "./format";
import {
  amountRow,
  donorBox,
  exemptionBlock,
  issuerBox,
  noteBlock,
  numberBlock,
  signatureBlock,
  titleBlock,
  purposeUseBlock,
} from "./receiptBlocks";
import * as W from "./receiptWording";

function checkPayments(facts: CollectiveReceiptFacts): void {
  const { from, to } = facts.period;
  // One receipt per sponsor and calendar year, or a part of one (BMF letter on Sammelbestätigungen).
  if (from > to || from.slice(0, 4) !== to.slice(0, 4))
    throw new RangeError(`the period ${from}–${to} must lie within one calendar year`);
  if (facts.payments.length === 0) throw new RangeError("a collective receipt needs at least one payment");
  for (const p of facts.payments) {
    if (!Number.isSafeInteger(p.amountCents) || p.amountCents <= 0)
      throw new RangeError("a receipt's amounts must be whole cents above zero");
    if (p.paidOn < facts.period.from || p.paidOn > facts.period.to)
      throw new RangeError(`the payment of ${p.paidOn} lies outside ${facts.period.from}–${facts.period.to}`);
  }
}

function annex(facts: CollectiveReceiptFacts, totalCents: number): Content[] {
  const right = { alignment: "right" as const };
  const header = [W.ANNEX_COLUMNS.day, W.ANNEX_COLUMNS.kind, W.ANNEX_COLUMNS.waiver, W.ANNEX_COLUMNS.amount].map(
    (text, i) => ({ text, bold: true, ...(i === 3 ? right : {}) }),
  );
  const rows = [...facts.payments]
    .sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : 0))
    .map((p) => [
      shortDay(p.paidOn, "de"),
      W.GIFT_KIND,
      p.waiverOfReimbursement ? W.ANNEX_YES : W.ANNEX_NO,
      { text: euro(p.amountCents, "de"), ...right },
    ]);
  const total = [{ text: W.ANNEX_TOTAL, bold: true }, "", "", { text: euro(totalCents, "de"), bold: true, ...right }];
  return [
    { text: W.annexTitle(shortDay(facts.issuedOn, "de")), bold: true, fontSize: 11, pageBreak: "before" },
    // The Anlage names the donor and the receipt's number, so it cannot be mistaken for another's.
    {
      text: `${facts.donor.name} · ${W.numberLine(facts.number)} · ${W.PERIOD_LABEL} ${period(facts)}`,
      margin: [0, 2, 0, 8],
    },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [80, "*", 120, 80], body: [header, ...rows, total] },
      layout: "lightHorizontalLines",
    },
  ];
}

function period(facts: CollectiveReceiptFacts): string {
  return `${shortDay(facts.period.from, "de")} - ${shortDay(facts.period.to, "de")}`;
}

export function collectiveReceipt(facts: CollectiveReceiptFacts): TDocumentDefinitions {
  checkPayments(facts);
  const { issuer } = facts;
  const totalCents = facts.payments.reduce((sum, p) => sum + p.amountCents, 0);
  return {
    info: { title: `${W.COLLECTIVE_TITLE} ${W.numberLine(facts.number)}` },
    content: {
      stack: [
        ...numberBlock(facts, facts.replaces, W.replacesLine),
        issuerBox(issuer),
        ...titleBlock(W.COLLECTIVE_TITLE),
        donorBox(facts.donor),
        amountRow([
          [W.TOTAL_LABEL, euro(totalCents, "de")],
          [W.WORDS_LABEL, amountInWords(totalCents)],
          [W.PERIOD_LABEL, period(facts)],
        ]),
        exemptionBlock(issuer, facts.issuedOn),
        purposeUseBlock(issuer),
        { text: W.NO_OTHER_RECEIPTS, margin: [0, 0, 0, 4] },
        { text: W.WAIVER_IN_ANNEX },
        signatureBlock(issuer, facts),
        noteBlock(),
        ...annex(facts, totalCents),
      ],
      fontSize: 9,
    },
  };
}

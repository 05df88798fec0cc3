// The donation receipt for one payment (Zuwendungsbestätigung, BMF template for money given
// to a § 5 Abs. 1 Nr. 9 KStG body) on one A4 page.
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { amountInWords } from "./amountInWords";
import type { DonationReceiptFacts } from "./documentFacts";
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
  waiverLine,
} from "./receiptBlocks";
import * as W from "./receiptWording";

export function donationReceipt(facts: DonationReceiptFacts): TDocumentDefinitions {
  const { issuer, payment } = facts;
  if (!Number.isSafeInteger(payment.amountCents) || payment.amountCents <= 0)
    throw new RangeError("a receipt's amount must be whole cents above zero");
  return {
    info: { title: `${W.TITLE} ${W.numberLine(facts.number)}` },
    content: {
      stack: [
        ...numberBlock(facts, facts.replaces, W.replacesLine),
        issuerBox(issuer),
        ...titleBlock(W.TITLE),
        donorBox(facts.donor),
        amountRow([
          [W.AMOUNT_LABEL, euro(payment.amountCents, "de")],
          [W.WORDS_LABEL, amountInWords(payment.amountCents)],
          [W.DAY_LABEL, shortDay(payment.paidOn, "de")],
        ]),
        waiverLine(payment.waiverOfReimbursement),
        exemptionBlock(issuer, facts.issuedOn),
        purposeUseBlock(issuer),
        signatureBlock(issuer, facts),
        noteBlock(),
      ],
      fontSize: 9,
    },
  };
}

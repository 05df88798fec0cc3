// The sponsoring invoice with what § 14 Abs. 4 UStG requires: both parties' full names and
// addresses (Nr. 1), the seller's tax number or VAT id (Nr. 2), the issue date (Nr. 3), the
// consecutive number (Nr. 4), kind and extent of the service (Nr. 5), its time — or, for a
// payment received before the service is complete (§ 14 Abs. 5 Satz 1), the day it was received
// (Nr. 6) —, the net amount (Nr. 7), the VAT rate and amount (Nr. 8). The gross is what the
// sponsor pledged (domain/vat.ts). A cancellation (Stornorechnung) is a new invoice with its
// own number that names the one it cancels and carries the same amounts negated.
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { splitGross } from "../domain/vat";
import type { InvoiceFacts, Issuer } from "./documentFacts";
import { addressLines, euro, shortDay } from "./format";
import { INVOICE as W } from "./invoiceWording";

/** The VAT id where there is one, else the tax number (Nr. 2 asks for either). */
function taxId(issuer: Issuer): [string, string] {
  if (issuer.vatId) return [W.vatId, issuer.vatId];
  if (issuer.taxNumber) return [W.taxNumber, issuer.taxNumber];
  throw new RangeError("an invoice needs the issuer's tax number or VAT id (§ 14 Abs. 4 Nr. 2 UStG)");
}

function timeRows(facts: InvoiceFacts): [string, string][] {
  const day = (d: string) => shortDay(d, "de");
  const span = (from: string, to: string) => (from === to ? day(from) : `${day(from)} - ${day(to)}`);
  const t = facts.time;
  if (t.kind === "service") return [[t.from === t.to ? W.serviceDay : W.servicePeriod, span(t.from, t.to)]];
  const planned: [string, string][] =
    t.plannedFrom && t.plannedTo ? [[W.plannedPeriod, span(t.plannedFrom, t.plannedTo)]] : [];
  return [[W.received, day(t.receivedOn)], ...planned];
}

function titleOf(facts: InvoiceFacts): string {
  if (facts.cancels) return W.cancellationTitle;
  return facts.time.kind === "advance" ? W.advanceTitle : W.title;
}

function detailsTable(rows: [string, string][]): Content {
  return {
    table: { widths: ["auto", "*"], body: rows.map(([k, v]) => [{ text: k, bold: true }, v]) },
    layout: "noBorders",
    margin: [0, 0, 0, 10],
  };
}

function amountsTable(facts: InvoiceFacts): Content {
  if (!Number.isSafeInteger(facts.grossCents) || facts.grossCents <= 0)
    throw new RangeError("an invoice's gross must be whole cents above zero");
  const { netCents, vatCents, grossCents } = splitGross(facts.grossCents, facts.vatRate);
  const sign = facts.cancels ? -1 : 1;
  const money = (cents: number) => ({ text: euro(sign * cents, "de"), alignment: "right" as const });
  return {
    table: {
      headerRows: 1,
      widths: ["*", 100],
      body: [
        [
          { text: W.columns.service, bold: true },
          { text: W.columns.amount, bold: true, alignment: "right" },
        ],
        [facts.service, money(netCents)],
        [W.net, money(netCents)],
        [W.vat(facts.vatRate), money(vatCents)],
        [
          { text: W.gross, bold: true },
          { ...money(grossCents), bold: true },
        ],
      ],
    },
    layout: "lightHorizontalLines",
  };
}

export function sponsoringInvoice(facts: InvoiceFacts): TDocumentDefinitions {
  const { issuer, recipient } = facts;
  const title = titleOf(facts);
  return {
    info: { title: `${title} ${facts.number}` },
    content: [
      {
        stack: [{ text: issuer.legalName, bold: true }, ...addressLines(issuer.address)],
        alignment: "right",
        fontSize: 9,
      },
      { stack: [recipient.name, ...addressLines(recipient.address)], margin: [0, 24, 0, 24] },
      { text: title, bold: true, fontSize: 13, margin: [0, 0, 0, 8] },
      detailsTable([
        [W.number, facts.number],
        [W.issuedOn, shortDay(facts.issuedOn, "de")],
        taxId(issuer),
        ...timeRows(facts),
      ]),
      ...(facts.cancels
        ? [
            {
              text: W.cancels(facts.cancels.number, shortDay(facts.cancels.issuedOn, "de")),
              bold: true,
              margin: [0, 0, 0, 8],
            } as Content,
          ]
        : []),
      ...(facts.time.kind === "advance" && !facts.cancels
        ? [{ text: W.advanceNote, margin: [0, 0, 0, 8] } as Content]
        : []),
      amountsTable(facts),
    ],
  };
}

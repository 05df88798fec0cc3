// The parts a single and a collective donation receipt share, in the template's order: the
// issuer box, the title, the donor, the exemption statement, the use, the signature and the
// note. Sizes are small enough that a long name or address still leaves the receipt on one page.
import type { Content } from "pdfmake/interfaces";
import { exemptionRefusal } from "../domain/exemption";
import type { DocumentHeader, Issuer, Recipient } from "./documentFacts";
import { addressLines, shortDay } from "./format";
import * as W from "./receiptWording";

const LABEL = { fontSize: 7, color: "#444444" };
// Frames use pdfmake's default table layout: a definition travels to the letter worker by
// postMessage (pdf.ts), and a custom layout's functions cannot be cloned.

/** A framed block, as the template frames its fields. */
export function framed(stack: Content[], margin: [number, number, number, number] = [0, 0, 0, 6]): Content {
  return { table: { widths: ["*"], body: [[{ stack }]] }, margin };
}

/** A tick box: a framed cell holding "X" or nothing. */
export function tickBox(ticked: boolean): Content {
  return {
    table: {
      widths: [6],
      heights: [8],
      body: [[{ text: ticked ? "X" : " ", bold: true, fontSize: 8, alignment: "center" }]],
    },
  };
}

/** The document's number, and the receipt it cancels when it is a correction. */
export function numberBlock(
  header: DocumentHeader,
  replaces: string | undefined,
  correctionLine: (n: string) => string,
): Content[] {
  return [
    { text: W.numberLine(header.number), alignment: "right", fontSize: 8 },
    ...(replaces ? [{ text: correctionLine(replaces), alignment: "right" as const, fontSize: 8, bold: true }] : []),
  ];
}

export function issuerBox(issuer: Issuer): Content {
  return framed([
    { text: W.ISSUER_LABEL, ...LABEL },
    { text: issuer.legalName, bold: true },
    ...addressLines(issuer.address),
  ]);
}

export function titleBlock(title: string): Content[] {
  return [
    { text: title, bold: true, fontSize: 12, margin: [0, 4, 0, 1] },
    { text: W.SUBTITLE, fontSize: 8, margin: [0, 0, 0, 6] },
  ];
}

export function donorBox(donor: Recipient): Content {
  return framed([{ text: W.DONOR_LABEL, ...LABEL }, { text: donor.name, bold: true }, ...addressLines(donor.address)]);
}

/** Three framed fields side by side: figures, words, and the day or the period. */
export function amountRow(fields: [string, string][]): Content {
  return {
    table: {
      widths: [110, "*", 110],
      body: [
        fields.map(([label, value]) => ({
          stack: [
            { text: label, ...LABEL },
            { text: value, bold: true },
          ],
        })),
      ],
    },
    margin: [0, 0, 0, 6],
  };
}

/** "Es handelt sich um den Verzicht …  Ja [ ]  Nein [X]". */
export function waiverLine(waiver: boolean): Content {
  return {
    columns: [
      { width: "auto", text: W.WAIVER_QUESTION },
      { width: 28, text: W.YES, alignment: "right", margin: [0, 0, 4, 0] },
      { width: 20, stack: [tickBox(waiver)] },
      { width: 34, text: W.NO, alignment: "right", margin: [0, 0, 4, 0] },
      { width: 20, stack: [tickBox(!waiver)] },
    ],
    margin: [0, 0, 0, 8],
  };
}

function taxNumberOf(issuer: Issuer): string {
  if (!issuer.taxNumber) throw new RangeError("a donation receipt needs the issuer's tax number (StNr.)");
  return issuer.taxNumber;
}

/**
 * The one exemption statement that applies, ticked; the other variant is left out (BMF Nr. 1).
 * A notice too old on the issue day (§ 63 Abs. 5 AO) makes the receipt worthless, so it is refused.
 */
export function exemptionBlock(issuer: Issuer, issuedOn: string): Content {
  const { exemption } = issuer;
  const refusal = exemptionRefusal(exemption.kind, exemption.date, issuedOn);
  if (refusal) throw new RangeError(`no receipt on ${issuedOn}: ${refusal}`);
  const date = shortDay(exemption.date, "de");
  const text =
    exemption.kind === "freistellungsbescheid"
      ? W.exemptByNotice(issuer.purpose, exemption.taxOffice, taxNumberOf(issuer), date, exemption.period ?? "")
      : W.statutesConfirmed(
          exemption.taxOffice,
          taxNumberOf(issuer),
          date,
          issuer.purposeAsObject ?? `die Förderung ${issuer.purpose}`,
        );
  if (exemption.kind === "freistellungsbescheid" && !exemption.period?.trim())
    throw new RangeError("a Freistellungsbescheid receipt needs the notice's last assessment period");
  return {
    columns: [
      { width: 20, stack: [tickBox(true)] },
      { width: "*", text },
    ],
    margin: [0, 0, 0, 6],
  };
}

/** The use of the gift, and for bodies whose membership fees do not count, that this is none. */
export function purposeUseBlock(issuer: Issuer): Content {
  const membership: Content[] = issuer.membershipFeesNotDeductible
    ? [
        { text: W.MEMBERSHIP_HEADING, bold: true, margin: [0, 4, 0, 2] },
        {
          columns: [
            { width: 20, stack: [tickBox(true)] },
            { width: "*", text: W.NOT_A_MEMBERSHIP_FEE },
          ],
        },
      ]
    : [];
  return framed([{ text: W.usedFor(issuer.purpose) }, ...membership]);
}

/** Place and date above the line, the template's label below it, then who signs. */
export function signatureBlock(issuer: Issuer, header: DocumentHeader): Content {
  const place = header.place ?? issuer.place ?? "";
  const day = shortDay(header.issuedOn, "de");
  return {
    stack: [
      { text: [place, day].filter(Boolean).join(", ") },
      { canvas: [{ type: "line", x1: 0, y1: 0, x2: 300, y2: 0, lineWidth: 0.5 }], margin: [0, 24, 0, 4] },
      { text: W.SIGNATURE_LABEL, fontSize: 7 },
      { text: issuer.signatory },
    ],
    margin: [0, 10, 0, 8],
  };
}

export function noteBlock(): Content {
  return {
    stack: [{ text: W.NOTE_HEADING, bold: true }, { text: W.LIABILITY, margin: [0, 0, 0, 3] }, { text: W.VALIDITY }],
    fontSize: 7.5,
  };
}

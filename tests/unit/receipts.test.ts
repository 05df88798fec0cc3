// Donation receipts follow the BMF template word for word on one A4 page; a collective receipt
// keeps its body on page 1 and lists the gifts in its Anlage.
import { describe, expect, it } from "vitest";
import { collectiveReceipt } from "../../server/letters/collectiveReceipt";
import type { CollectiveReceiptFacts, DonationReceiptFacts, Issuer } from "../../server/letters/documentFacts";
import { donationReceipt } from "../../server/letters/donationReceipt";
import * as W from "../../server/letters/receiptWording";
import { readPdf } from "./pdfText";

const ISSUER: Issuer = {
  legalName: "Aachen digitalisiert e.V.",
  address: "Theaterstraße 1\n52062 Aachen",
  taxNumber: "201/5902/1234",
  exemption: { kind: "freistellungsbescheid", taxOffice: "Aachen-Stadt", date: "2025-05-12", period: "2023" },
  purpose: "der Wissenschaft und Forschung",
  signatory: "Dr. Eva Engel, Vorstand",
  place: "Aachen",
};
const STATUTES: Issuer = {
  ...ISSUER,
  exemption: { kind: "feststellungsbescheid", taxOffice: "Aachen-Stadt", date: "2025-01-20" },
  purposeAsObject: "die Wissenschaft und Forschung",
};
const DONOR = { name: "Printen Lambertz KG", address: "Borchersstraße 18\n52072 Aachen" };

function single(over: Partial<DonationReceiptFacts> = {}): DonationReceiptFacts {
  return {
    number: "ZB-2026-0007",
    issuedOn: "2026-03-02",
    issuer: ISSUER,
    donor: DONOR,
    payment: { paidOn: "2026-02-14", amountCents: 123_456, waiverOfReimbursement: false },
    ...over,
  };
}

function collective(over: Partial<CollectiveReceiptFacts> = {}): CollectiveReceiptFacts {
  return {
    number: "ZB-2026-0012",
    issuedOn: "2027-01-15",
    issuer: ISSUER,
    donor: DONOR,
    period: { from: "2026-01-01", to: "2026-12-31" },
    payments: [
      { paidOn: "2026-06-01", amountCents: 500_000, waiverOfReimbursement: false },
      { paidOn: "2026-03-15", amountCents: 50_000, waiverOfReimbursement: true },
      { paidOn: "2026-11-30", amountCents: 1_050, waiverOfReimbursement: false },
    ],
    ...over,
  };
}

/** The template's sentences that every receipt carries. */
const ALWAYS = [
  W.ISSUER_LABEL,
  W.SUBTITLE,
  W.DONOR_LABEL,
  W.WORDS_LABEL,
  W.SIGNATURE_LABEL,
  W.NOTE_HEADING,
  W.LIABILITY,
  W.VALIDITY,
];

describe("a single donation receipt", () => {
  it("carries the template's sentences, the amount in figures and words, the days, on one page", async () => {
    const pdf = await readPdf(donationReceipt(single()));
    expect(pdf.pages).toBe(1);
    for (const sentence of [
      ...ALWAYS,
      W.TITLE,
      W.AMOUNT_LABEL,
      W.DAY_LABEL,
      W.WAIVER_QUESTION,
      W.usedFor(ISSUER.purpose),
    ])
      expect(pdf.text).toContain(sentence);
    // Spelled out here too, so a slip in the wording module fails.
    expect(pdf.text).toContain(
      "Wer vorsätzlich oder grob fahrlässig eine unrichtige Zuwendungsbestätigung erstellt oder veranlasst, dass Zuwendungen nicht zu den in der Zuwendungsbestätigung angegebenen steuerbegünstigten Zwecken verwendet werden, haftet für die entgangene Steuer (§ 10b Absatz 4 EStG, § 9 Absatz 3 KStG, § 9 Nummer 5 GewStG).",
    );
    expect(pdf.text).toContain(
      "länger als 5 Jahre bzw. das Datum der Feststellung der Einhaltung der satzungsmäßigen Voraussetzungen nach § 60a Abs. 1 AO länger als 3 Jahre seit Ausstellung des Bescheides zurückliegt (§ 63 Abs. 5 AO).",
    );
    expect(pdf.text).toContain(
      "Bestätigung über Geldzuwendungen/Mitgliedsbeitrag im Sinne des § 10b des Einkommensteuergesetzes",
    );
    expect(pdf.text).toContain("1.234,56 €");
    expect(pdf.text).toContain("eintausendzweihundertvierunddreißig Euro und sechsundfünfzig Cent");
    // The three fields read label by label, then value by value.
    expect(pdf.text).toContain(`${W.AMOUNT_LABEL} ${W.WORDS_LABEL} ${W.DAY_LABEL} 1.234,56 €`);
    expect(pdf.text).toContain("sechsundfünfzig Cent 14.02.2026");
    expect(pdf.text).toContain("Aachen, 02.03.2026");
    expect(pdf.text).toContain("Dr. Eva Engel, Vorstand");
    expect(pdf.text).toContain("Nr. ZB-2026-0007");
    expect(pdf.text).toContain("Printen Lambertz KG Borchersstraße 18 52072 Aachen");
    expect(pdf.text).not.toContain("ersetzt");
  });

  it("states the Freistellungsbescheid with office, number, date and period, and not the § 60a variant", async () => {
    const pdf = await readPdf(donationReceipt(single()));
    expect(pdf.text).toContain(
      "Wir sind wegen Förderung der Wissenschaft und Forschung nach dem Freistellungsbescheid bzw. nach der Anlage zum Körperschaftsteuerbescheid des Finanzamtes Aachen-Stadt, StNr. 201/5902/1234, vom 12.05.2025 für den letzten Veranlagungszeitraum 2023 nach § 5 Abs. 1 Nr. 9 des Körperschaftsteuergesetzes von der Körperschaftsteuer und nach § 3 Nr. 6 des Gewerbesteuergesetzes von der Gewerbesteuer befreit.",
    );
    expect(pdf.text).not.toContain("§ 60a AO gesondert festgestellt");
  });

  it("states a § 60a Feststellungsbescheid instead when that is the notice", async () => {
    const pdf = await readPdf(donationReceipt(single({ issuer: STATUTES })));
    expect(pdf.text).toContain(
      "Die Einhaltung der satzungsmäßigen Voraussetzungen nach den §§ 51, 59, 60 und 61 AO wurde vom Finanzamt Aachen-Stadt, StNr. 201/5902/1234, mit Bescheid vom 20.01.2025 nach § 60a AO gesondert festgestellt. Wir fördern nach unserer Satzung die Wissenschaft und Forschung.",
    );
    expect(pdf.text).not.toContain("Freistellungsbescheid bzw.");
    expect(pdf.text).toContain(
      "Es wird bestätigt, dass die Zuwendung nur zur Förderung der Wissenschaft und Forschung verwendet wird.",
    );
  });

  it("without a purpose as object, the § 60a sentence names the promotion of the purpose", async () => {
    const pdf = await readPdf(donationReceipt(single({ issuer: { ...STATUTES, purposeAsObject: undefined } })));
    expect(pdf.text).toContain("Wir fördern nach unserer Satzung die Förderung der Wissenschaft und Forschung.");
  });

  it("ticks Nein for a plain gift and Ja for a waived reimbursement", async () => {
    const plain = await readPdf(donationReceipt(single()));
    // Read as laid out: the cross sits after the box's label.
    expect(plain.lines).toContain(`${W.WAIVER_QUESTION} Ja Nein X`);
    const waived = await readPdf(
      donationReceipt(single({ payment: { paidOn: "2026-02-14", amountCents: 2_100, waiverOfReimbursement: true } })),
    );
    expect(waived.lines).toContain(`${W.WAIVER_QUESTION} Ja X Nein`);
    expect(waived.text).toContain("21,00 €");
    expect(waived.text).toContain("einundzwanzig Euro");
  });

  it("a correction names the receipt it cancels", async () => {
    const pdf = await readPdf(donationReceipt(single({ number: "ZB-2026-0009", replaces: "ZB-2026-0007" })));
    expect(pdf.text).toContain("Nr. ZB-2026-0009");
    expect(pdf.text).toContain("Diese Bestätigung ersetzt die Bestätigung Nr. ZB-2026-0007; jene ist damit ungültig.");
  });

  it("confirms it is no membership fee only for bodies whose fees are not deductible", async () => {
    const pdf = await readPdf(donationReceipt(single({ issuer: { ...ISSUER, membershipFeesNotDeductible: true } })));
    expect(pdf.text).toContain(`${W.MEMBERSHIP_HEADING} X ${W.NOT_A_MEMBERSHIP_FEE}`);
    expect(pdf.text).toContain(
      "Es wird bestätigt, dass es sich nicht um einen Mitgliedsbeitrag handelt, dessen Abzug nach § 10b Abs. 1 des Einkommensteuergesetzes ausgeschlossen ist.",
    );
    expect((await readPdf(donationReceipt(single()))).text).not.toContain("Mitgliedsbeitrag handelt");
  });

  it("keeps umlauts and folds what Helvetica cannot print", async () => {
    const donor = { name: "Müller & Söhne GmbH – Łódź", address: "Große Straße 5\n52064 Aachen-Süd" };
    const pdf = await readPdf(donationReceipt(single({ donor })));
    expect(pdf.text).toContain("Müller & Söhne GmbH – Lódz Große Straße 5 52064 Aachen-Süd");
    expect(pdf.text).toContain("Förderung");
  });

  it("wraps a long name and address without losing a word, still on one page", async () => {
    const name = Array.from({ length: 12 }, (_, i) => `Gesellschaftsteil${i + 1}`).join(" ");
    const address = Array.from({ length: 6 }, (_, i) => `Adresszeile ${i + 1} Hinterhof Aufgang Süd`).join("\n");
    const issuer = { ...ISSUER, legalName: `${name} e.V.`, address, purpose: `der ${name}` };
    const pdf = await readPdf(donationReceipt(single({ donor: { name, address }, issuer })));
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain(`${name} ${address.replace(/\n/g, " ")}`);
    expect(pdf.text).toContain(`${name} e.V.`);
    expect(pdf.text).toContain(W.VALIDITY);
  });

  it("refuses a receipt without the tax number, a Freistellungsbescheid without its period, or no amount", () => {
    expect(() => donationReceipt(single({ issuer: { ...ISSUER, taxNumber: undefined } }))).toThrow(/tax number/);
    const noPeriod = { ...ISSUER, exemption: { ...ISSUER.exemption, period: undefined } };
    expect(() => donationReceipt(single({ issuer: noPeriod }))).toThrow(/assessment period/);
    const zero = { paidOn: "2026-02-14", amountCents: 0, waiverOfReimbursement: false };
    expect(() => donationReceipt(single({ payment: zero }))).toThrow(RangeError);
  });

  it("refuses to issue on a notice older than § 63 Abs. 5 AO allows: 5 years, 3 for § 60a", () => {
    // Freistellungsbescheid of 12.05.2025: receipts up to 12.05.2030.
    expect(() => donationReceipt(single({ issuedOn: "2030-05-12" }))).not.toThrow();
    expect(() => donationReceipt(single({ issuedOn: "2030-05-13" }))).toThrow(/2030-05-12/);
    // Feststellungsbescheid of 20.01.2025: up to 20.01.2028.
    expect(() => donationReceipt(single({ issuer: STATUTES, issuedOn: "2028-01-20" }))).not.toThrow();
    expect(() => donationReceipt(single({ issuer: STATUTES, issuedOn: "2028-01-21" }))).toThrow(/§ 63 Abs. 5 AO/);
  });
});

describe("the definitions", () => {
  it("survive a structured clone, as they must to reach the letter worker", () => {
    for (const definition of [donationReceipt(single()), collectiveReceipt(collective())])
      expect(structuredClone(definition)).toEqual(definition);
  });
});

describe("a collective receipt", () => {
  it("holds its body on page 1: total in figures and words, period, the template's sentences", async () => {
    const pdf = await readPdf(collectiveReceipt(collective()));
    const body = pdf.page(1);
    for (const sentence of [
      ...ALWAYS,
      W.COLLECTIVE_TITLE,
      W.TOTAL_LABEL,
      W.PERIOD_LABEL,
      W.NO_OTHER_RECEIPTS,
      W.WAIVER_IN_ANNEX,
    ])
      expect(body).toContain(sentence);
    expect(body).toContain(
      "Es wird bestätigt, dass über die in der Gesamtsumme enthaltenen Zuwendungen keine weiteren Bestätigungen, weder formelle Zuwendungsbestätigungen noch Beitragsquittungen oder ähnliches ausgestellt wurden und werden.",
    );
    expect(body).toContain("5.510,50 €"); // 5.000,00 + 500,00 + 10,50
    expect(body).toContain("fünftausendfünfhundertzehn Euro und fünfzig Cent");
    expect(body).toContain("01.01.2026 - 31.12.2026");
    expect(body).toContain("Aachen, 15.01.2027");
    expect(body).not.toContain(W.WAIVER_QUESTION); // per gift, in the Anlage
    expect(body).not.toContain("Anlage zur Sammelbestätigung vom");
    expect(pdf.pages).toBe(2);
  });

  it("lists every gift in the Anlage by date with kind, waiver ja/nein and amount, and the same total", async () => {
    const annex = (await readPdf(collectiveReceipt(collective()))).page(2);
    expect(annex).toContain("Anlage zur Sammelbestätigung vom 15.01.2027");
    expect(annex).toContain("Printen Lambertz KG");
    expect(annex).toContain("Nr. ZB-2026-0012");
    // A header that wraps after its slash reads "(ja/ nein)".
    expect(annex).toMatch(
      /Datum der Zuwendung Art der Zuwendung \(Geldspende\/ ?Mitgliedsbeitrag\) Verzicht auf die Erstattung von Aufwendungen \(ja\/ ?nein\)/,
    );
    expect(annex).toContain(W.ANNEX_COLUMNS.amount);
    expect(annex).toContain(
      "15.03.2026 Geldspende ja 500,00 € 01.06.2026 Geldspende nein 5.000,00 € 30.11.2026 Geldspende nein 10,50 €",
    );
    expect(annex).toMatch(/Gesamtsumme (Betrag )?5\.510,50 €$/); // pdftotext reads the right-aligned header last
  });

  it("lets a long Anlage run on over further pages while the body stays on page 1", async () => {
    const payments = Array.from({ length: 80 }, (_, i) => ({
      paidOn: `2026-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
      amountCents: 10_000,
      waiverOfReimbursement: i % 2 === 0,
    }));
    const pdf = await readPdf(collectiveReceipt(collective({ payments })));
    expect(pdf.pages).toBeGreaterThan(2);
    expect(pdf.page(1)).toContain(W.VALIDITY);
    expect(pdf.page(1)).toContain("8.000,00 €");
    expect(pdf.page(1)).toContain("achttausend Euro");
    expect(pdf.page(pdf.pages)).toMatch(/Gesamtsumme (Betrag )?8\.000,00 €$/);
    expect(pdf.page(3)).toContain(W.ANNEX_COLUMNS.day); // the header row repeats
  });

  it("uses the § 60a sentence for a Feststellungsbescheid and names a cancelled receipt", async () => {
    const pdf = await readPdf(collectiveReceipt(collective({ issuer: STATUTES, replaces: "ZB-2026-0010" })));
    expect(pdf.page(1)).toContain("mit Bescheid vom 20.01.2025 nach § 60a AO gesondert festgestellt");
    expect(pdf.page(1)).not.toContain("Freistellungsbescheid bzw.");
    expect(pdf.page(1)).toContain("Diese Bestätigung ersetzt die Bestätigung Nr. ZB-2026-0010");
  });

  it("refuses no payments, or a payment outside the period", () => {
    expect(() => collectiveReceipt(collective({ payments: [] }))).toThrow(/at least one/);
    const late = [{ paidOn: "2027-01-02", amountCents: 100, waiverOfReimbursement: false }];
    expect(() => collectiveReceipt(collective({ payments: late }))).toThrow(/outside/);
    const twoYears = { from: "2026-07-01", to: "2027-06-30" };
    expect(() => collectiveReceipt(collective({ period: twoYears }))).toThrow(/one calendar year/);
  });
});

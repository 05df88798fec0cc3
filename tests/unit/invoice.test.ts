// The sponsoring invoice holds what § 14 Abs. 4 UStG asks for, splits the pledged gross into
// net and VAT (half up), and a Stornorechnung cancels an invoice with the amounts negated.
import { describe, expect, it } from "vitest";
import type { InvoiceFacts, Issuer } from "../../server/letters/documentFacts";
import { sponsoringInvoice } from "../../server/letters/invoice";
import { readPdf } from "./pdfText";

const ISSUER: Issuer = {
  legalName: "Aachen digitalisiert e.V.",
  address: "Theaterstraße 1\n52062 Aachen",
  taxNumber: "201/5902/1234",
  exemption: { kind: "freistellungsbescheid", taxOffice: "Aachen-Stadt", date: "2025-05-12", period: "2023" },
  purpose: "der Wissenschaft und Forschung",
  signatory: "Dr. Eva Engel, Vorstand",
};
const SERVICE = "Werbeleistung: Logo mit Link auf der Kampagnenseite und Nennung im Jahresbericht 2026";

function invoice(over: Partial<InvoiceFacts> = {}): InvoiceFacts {
  return {
    number: "RE-2026-0012",
    issuedOn: "2026-04-01",
    issuer: ISSUER,
    recipient: { name: "Öcher Software GmbH", address: "Jülicher Straße 72a\n52070 Aachen" },
    service: SERVICE,
    time: { kind: "service", from: "2026-01-01", to: "2026-12-31" },
    grossCents: 1_190_000,
    vatRate: 19,
    ...over,
  };
}

describe("a sponsoring invoice", () => {
  it("names both parties, the tax number, number, date, service and its period", async () => {
    const { text, pages } = await readPdf(sponsoringInvoice(invoice()));
    expect(pages).toBe(1);
    expect(text).toContain("Aachen digitalisiert e.V. Theaterstraße 1 52062 Aachen");
    expect(text).toContain("Öcher Software GmbH Jülicher Straße 72a 52070 Aachen");
    expect(text).toMatch(
      /^.*Rechnung Rechnungsnummer RE-2026-0012 Rechnungsdatum 01\.04\.2026 Steuernummer 201\/5902\/1234/,
    );
    expect(text).toContain("Leistungszeitraum 01.01.2026 - 31.12.2026");
    expect(text).toContain(SERVICE);
  });

  it("splits 11.900,00 € gross at 19 % into 10.000,00 € net and 1.900,00 € VAT", async () => {
    const { lines } = await readPdf(sponsoringInvoice(invoice()));
    expect(lines).toEqual(
      expect.arrayContaining(["Nettobetrag 10.000,00 €", "Umsatzsteuer 19 % 1.900,00 €", "Gesamtbetrag 11.900,00 €"]),
    );
  });

  it("at 7 %, 10.700,00 € gross holds 700,00 € VAT; odd cents round half up", async () => {
    const seven = await readPdf(sponsoringInvoice(invoice({ grossCents: 1_070_000, vatRate: 7 })));
    expect(seven.lines).toEqual(
      expect.arrayContaining(["Nettobetrag 10.000,00 €", "Umsatzsteuer 7 % 700,00 €", "Gesamtbetrag 10.700,00 €"]),
    );
    // 1,00 € × 19 ÷ 119 = 0,1597 → 0,16 € VAT, 0,84 € net
    const odd = await readPdf(sponsoringInvoice(invoice({ grossCents: 100 })));
    expect(odd.lines).toEqual(
      expect.arrayContaining(["Nettobetrag 0,84 €", "Umsatzsteuer 19 % 0,16 €", "Gesamtbetrag 1,00 €"]),
    );
  });

  it("prints the VAT id instead of the tax number when there is one", async () => {
    const { text } = await readPdf(sponsoringInvoice(invoice({ issuer: { ...ISSUER, vatId: "DE123456789" } })));
    expect(text).toContain("USt-IdNr. DE123456789");
    expect(text).not.toContain("201/5902/1234");
  });

  it("names a single service day as Leistungsdatum", async () => {
    const { text } = await readPdf(
      sponsoringInvoice(invoice({ time: { kind: "service", from: "2026-06-01", to: "2026-06-01" } })),
    );
    expect(text).toContain("Leistungsdatum 01.06.2026");
  });

  it("for a payment before the service is complete, is an advance invoice with the day it came in", async () => {
    const time = {
      kind: "advance" as const,
      receivedOn: "2026-02-14",
      plannedFrom: "2026-03-01",
      plannedTo: "2027-02-28",
    };
    const { text } = await readPdf(sponsoringInvoice(invoice({ time })));
    expect(text).toContain("Rechnung über eine Anzahlung");
    expect(text).toContain("Zahlung vereinnahmt am 14.02.2026");
    expect(text).toContain("Vorgesehener Leistungszeitraum 01.03.2026 - 28.02.2027");
    expect(text).toContain("Anzahlung auf die nachstehende Leistung, die noch nicht vollständig erbracht ist.");
  });

  it("a Stornorechnung names the invoice it cancels and negates every amount", async () => {
    const cancels = { number: "RE-2026-0012", issuedOn: "2026-04-01" };
    const { text, lines } = await readPdf(
      sponsoringInvoice(invoice({ number: "RE-2026-0015", issuedOn: "2026-05-04", cancels })),
    );
    expect(text).toContain("Stornorechnung");
    expect(text).toContain("Rechnungsnummer RE-2026-0015");
    expect(text).toContain("Diese Stornorechnung hebt die Rechnung Nr. RE-2026-0012 vom 01.04.2026 vollständig auf.");
    expect(lines).toEqual(
      expect.arrayContaining([
        "Nettobetrag -10.000,00 €",
        "Umsatzsteuer 19 % -1.900,00 €",
        "Gesamtbetrag -11.900,00 €",
      ]),
    );
  });

  it("wraps a long service description and recipient without losing text", async () => {
    const service = Array.from({ length: 40 }, (_, i) => `Leistungsteil${i + 1}`).join(" ");
    const recipient = {
      name: "Große Ämter und Übersetzungsgesellschaft ".repeat(4).trim(),
      address: "Zeile A\nZeile B\nZeile C",
    };
    const { text } = await readPdf(sponsoringInvoice(invoice({ service, recipient })));
    expect(text).toContain(service);
    expect(text).toContain(`${recipient.name} Zeile A Zeile B Zeile C`);
  });

  it("survives a structured clone, as it must to reach the letter worker", () => {
    const definition = sponsoringInvoice(invoice());
    expect(structuredClone(definition)).toEqual(definition);
  });

  it("refuses an issuer with neither tax number nor VAT id, and a gross of nothing", () => {
    expect(() => sponsoringInvoice(invoice({ issuer: { ...ISSUER, taxNumber: undefined } }))).toThrow(
      /§ 14 Abs. 4 Nr. 2/,
    );
    expect(() => sponsoringInvoice(invoice({ grossCents: 0 }))).toThrow(RangeError);
  });
});

// Receipts and invoices (issue 17, point 4): what a Zuwendungsbestätigung says (pdftotext), the
// collective receipt per sponsor and year, a payment on one live receipt at most, invoice numbers
// consecutive when issued together, cancellations, and the refusals. Numbers across a failed
// rendering: documentNumbering.test.ts.
import { describe, expect, it } from "vitest";
import { exemptByNotice, LIABILITY, usedFor } from "../../server/letters/receiptWording";
import { addSponsor, callerForSponsor, expectCode, setup } from "./helpers";
import { ADDRESS, ISSUER, pledgeWithPayments, storedPdf, textOf, withIssuer } from "./documentsHelpers";

describe("a Zuwendungsbestätigung for a donation payment", () => {
  it("states issuer, donor, amount in figures and words, the day, exemption, purpose, liability note and signatory", async () => {
    const s = await setup();
    await withIssuer(s);
    const { paymentIds } = await pledgeWithPayments(s.as.organiser, s.campaign.id, [["2016-05-10", 123_456]]);
    const issued = await s.as.organiser.document.issue({ paymentId: paymentIds[0] });
    expect(issued).toEqual({ documentId: expect.any(Number), number: "ZB-2016-0001", kind: "receipt" });
    const text = textOf(storedPdf(s.db, issued.documentId));
    for (const part of [
      "Nr. ZB-2016-0001",
      "Aachen digitalisiert e.V. Theaterstraße 1 52062 Aachen",
      "Bestätigung über Geldzuwendungen/Mitgliedsbeitrag",
      `Printen Lambertz KG ${ADDRESS.replace("\n", " ")}`,
      "1.234,56 €",
      "eintausendzweihundertvierunddreißig Euro und sechsundfünfzig Cent",
      "Tag der Zuwendung:",
      "10.05.2016",
      exemptByNotice(ISSUER.purpose, "Aachen-Stadt", "201/5902/1234", "12.05.2015", "2013"),
      usedFor(ISSUER.purpose),
      LIABILITY,
      "Aachen, 20.05.2016",
      "Dr. Eva Engel, Vorstand",
    ])
      expect(text).toContain(part);
  });

  it("is refused while the exemption notice is older than the law allows, and takes no number", async () => {
    const s = await setup();
    // A § 60a Feststellungsbescheid of 10 Jan 2013 allowed receipts until 10 Jan 2016 (3 years).
    await withIssuer(s, {
      exemption: { kind: "feststellungsbescheid", taxOffice: "Aachen-Stadt", date: "2013-01-10" },
    } as never);
    const { paymentIds } = await pledgeWithPayments(s.as.organiser, s.campaign.id, [["2016-05-10", 50_000]]);
    const error = await expectCode(s.as.organiser.document.issue({ paymentId: paymentIds[0] }), "CONFLICT");
    expect(error.message).toContain("until 2016-01-10 (§ 63 Abs. 5 AO: 3 years)");
    await withIssuer(s);
    expect((await s.as.organiser.document.issue({ paymentId: paymentIds[0] })).number).toBe("ZB-2016-0001");
  });

  it.each([
    ["without an issuer", "no issuer"],
    ["for a sponsor without a postal address", "no postal address"],
    ["for a reversed payment", "is reversed"],
    ["for an in-kind pledge", "in-kind pledge gets no receipt"],
    ["for a payment already on a receipt", "already on document"],
  ])("is refused %s", async (situation, message) => {
    const s = await setup();
    const o = s.as.organiser;
    if (situation !== "without an issuer") await withIssuer(s);
    const sponsor =
      situation === "for a sponsor without a postal address"
        ? await addSponsor(o, s.campaign.id, { name: "Ohne Adresse GmbH" })
        : undefined;
    const fields = situation === "for an in-kind pledge" ? { type: "in_kind" as const, description: "Räume" } : {};
    const { pledge, paymentIds } = await pledgeWithPayments(
      o,
      s.campaign.id,
      [["2016-05-10", 50_000]],
      fields,
      sponsor,
    );
    if (situation === "for a reversed payment")
      await o.pledge.undo({ pledgeId: pledge.id, expectedVersion: pledge.version });
    if (situation === "for a payment already on a receipt") await o.document.issue({ paymentId: paymentIds[0] });
    const error = await expectCode(o.document.issue({ paymentId: paymentIds[0] }), "CONFLICT");
    expect(error.message).toContain(message);
  });

  it("is not issued by the committee (FORBIDDEN) nor for another campaign's payment (NOT_FOUND)", async () => {
    const s = await setup();
    await withIssuer(s);
    const { paymentIds } = await pledgeWithPayments(s.as.organiser, s.campaign.id, [["2016-05-10", 50_000]]);
    await expectCode(s.as.committee.document.issue({ paymentId: paymentIds[0] }), "FORBIDDEN");
    await expectCode(s.as.otherOrganiser.document.issue({ paymentId: paymentIds[0] }), "NOT_FOUND");
  });
});

describe("a collective receipt per sponsor and year", () => {
  it("covers the year's donation payments not on a receipt, so a payment is in one or the other, never both", async () => {
    const s = await setup();
    const o = s.as.organiser;
    await withIssuer(s);
    const { sponsor, paymentIds } = await pledgeWithPayments(o, s.campaign.id, [
      ["2016-05-02", 100_000],
      ["2016-05-10", 250_000],
      ["2016-05-20", 5_050],
    ]);
    await o.document.issue({ paymentId: paymentIds[0] });
    const collective = await o.document.issue({ sponsorId: sponsor.id, year: 2016 });
    expect(collective).toMatchObject({ number: "ZB-2016-0002", kind: "collective_receipt" });
    const text = textOf(storedPdf(s.db, collective.documentId));
    expect(text).toContain("Sammelbestätigung über Geldzuwendungen/Mitgliedsbeiträge");
    expect(text).toContain("2.550,50 €");
    expect(text).toContain("zweitausendfünfhundertfünfzig Euro und fünfzig Cent");
    expect(text).toContain("Zeitraum der Sammelbestätigung: 01.01.2016 - 20.05.2016");
    expect(text).toContain("10.05.2016");
    expect(text).not.toContain("02.05.2016");
    // Neither the receipted payments nor the year may be receipted again.
    for (const paymentId of paymentIds)
      expect((await expectCode(o.document.issue({ paymentId }), "CONFLICT")).message).toContain("already on document");
    const again = await expectCode(o.document.issue({ sponsorId: sponsor.id, year: 2016 }), "CONFLICT");
    expect(again.message).toContain("no donation payment of Printen Lambertz KG in 2016 is left");
    const list = (await o.document.list({ campaignId: s.campaign.id, sponsorId: sponsor.id })).items;
    expect(list.map((d) => [d.number, d.paymentIds, d.amountCents])).toEqual([
      ["ZB-2016-0002", [paymentIds[1], paymentIds[2]], 255_050],
      ["ZB-2016-0001", [paymentIds[0]], 100_000],
    ]);
  });

  it("leaves out sponsoring and other years' payments; a payment of a later year gets the later year's", async () => {
    const s = await setup();
    const o = s.as.organiser;
    await withIssuer(s);
    const { sponsor, pledge } = await pledgeWithPayments(o, s.campaign.id, [["2016-05-10", 100_000]]);
    await pledgeWithPayments(o, s.campaign.id, [["2016-05-11", 119_000]], { contribution: "sponsoring" }, sponsor);
    s.clock.set("2017-02-01T10:00:00Z");
    await o.pledge.recordPayment({
      pledgeId: pledge.id,
      amountCents: 40_000,
      paidAt: "2017-01-15",
      expectedVersion: pledge.version,
    });
    const y2016 = await o.document.issue({ sponsorId: sponsor.id, year: 2016 });
    const y2017 = await o.document.issue({ sponsorId: sponsor.id, year: 2017 });
    const rows = (await o.document.list({ campaignId: s.campaign.id, sponsorId: sponsor.id })).items;
    expect(rows.map((d) => [d.number, d.year, d.amountCents])).toEqual([
      [y2017.number, 2017, 40_000],
      [y2016.number, 2016, 100_000],
    ]);
    expect(y2017.number).toBe("ZB-2017-0002");
  });
});

describe("invoices for sponsoring", () => {
  it("carry § 14 UStG's content with the VAT taken out of the gross at the pledge's rate", async () => {
    const s = await setup();
    await withIssuer(s);
    const { paymentIds } = await pledgeWithPayments(s.as.organiser, s.campaign.id, [["2016-05-10", 107_000]], {
      contribution: "sponsoring",
      vatRatePercent: 7,
      description: "Logo mit Link auf der Kampagnenseite",
    });
    const issued = await s.as.organiser.document.issue({ paymentId: paymentIds[0] });
    expect(issued).toMatchObject({ number: "RE-2016-0001", kind: "invoice" });
    const text = textOf(storedPdf(s.db, issued.documentId));
    for (const part of [
      "Rechnung über eine Anzahlung",
      "Rechnungsnummer RE-2016-0001",
      "Rechnungsdatum 20.05.2016",
      "Steuernummer 201/5902/1234",
      "Zahlung vereinnahmt am 10.05.2016",
      "Logo mit Link auf der Kampagnenseite",
      "Nettobetrag 1.000,00 €",
      "Umsatzsteuer 7 %",
      "70,00 €",
      "Gesamtbetrag",
      "1.070,00 €",
      "Printen Lambertz KG Borchersstraße 18 52072 Aachen",
    ])
      expect(text).toContain(part);
  });
});

describe("issues at the same time", () => {
  it("take consecutive numbers, each printed in its own PDF", async () => {
    const s = await setup();
    const o = s.as.organiser;
    await withIssuer(s);
    const { paymentIds } = await pledgeWithPayments(o, s.campaign.id, [
      ["2016-05-02", 10_000],
      ["2016-05-03", 20_000],
      ["2016-05-04", 30_000],
      ["2016-05-05", 40_000],
    ]);
    const issued = await Promise.all(paymentIds.map((paymentId) => o.document.issue({ paymentId })));
    expect(issued.map((d) => d.number).sort()).toEqual([
      "ZB-2016-0001",
      "ZB-2016-0002",
      "ZB-2016-0003",
      "ZB-2016-0004",
    ]);
    for (const d of issued) expect(textOf(storedPdf(s.db, d.documentId))).toContain(`Nr. ${d.number}`);
  });
});

describe("cancelling a receipt", () => {
  it("replaces it with a corrected receipt that names it, the payment moving to the new one", async () => {
    const s = await setup();
    const o = s.as.organiser;
    await withIssuer(s);
    const { sponsor, paymentIds } = await pledgeWithPayments(o, s.campaign.id, [["2016-05-10", 50_000]]);
    const old = await o.document.issue({ paymentId: paymentIds[0] });
    const before = storedPdf(s.db, old.documentId);
    await o.sponsor.update({ sponsorId: sponsor.id, expectedVersion: 1, address: "Neue Straße 1\n52062 Aachen" });
    const { correction } = await o.document.cancel({ documentId: old.documentId, reason: "address moved" });
    expect(correction).toMatchObject({ number: "ZB-2016-0002", kind: "receipt" });
    const text = textOf(storedPdf(s.db, correction!.documentId));
    expect(text).toContain("Diese Bestätigung ersetzt die Bestätigung Nr. ZB-2016-0001; jene ist damit ungültig.");
    expect(text).toContain("Neue Straße 1");
    expect(storedPdf(s.db, old.documentId).equals(before)).toBe(true);
    const list = (await o.document.list({ campaignId: s.campaign.id, sponsorId: sponsor.id })).items;
    expect(list.map((d) => [d.number, d.inForce, d.paymentIds, d.cancellation?.reason ?? null])).toEqual([
      ["ZB-2016-0002", true, paymentIds, null],
      ["ZB-2016-0001", false, paymentIds, "address moved"],
    ]);
  });

  it("of a payment reversed since, is flagged for cancellation and cancelled without replacement", async () => {
    const s = await setup();
    const o = s.as.organiser;
    await withIssuer(s);
    const { pledge, paymentIds, sponsor } = await pledgeWithPayments(o, s.campaign.id, [["2016-05-10", 50_000]]);
    const receipt = await o.document.issue({ paymentId: paymentIds[0] });
    await o.pledge.undo({ pledgeId: pledge.id, expectedVersion: pledge.version });
    const [flagged] = (await o.document.list({ campaignId: s.campaign.id, pledgeId: pledge.id })).items;
    expect(flagged).toMatchObject({ id: receipt.documentId, inForce: true, needsCancellation: true });
    expect(await o.document.cancel({ documentId: receipt.documentId, reason: "payment returned" })).toEqual({
      cancelledDocumentId: receipt.documentId,
      correction: null,
    });
    const [after] = (await o.document.list({ campaignId: s.campaign.id, pledgeId: pledge.id })).items;
    expect(after).toMatchObject({ inForce: false, needsCancellation: false, cancelledBy: null });
    // Nothing replaces it, yet why, when and by whom it was cancelled is kept.
    expect(after.cancellation).toEqual({ reason: "payment returned", at: s.clock.now().toISOString() });
    const kept = s.db.$client
      .prepare("select reason, correction_document_id, cancelled_by from document_cancellations where document_id = ?")
      .get(receipt.documentId);
    expect(kept).toEqual({
      reason: "payment returned",
      correction_document_id: null,
      cancelled_by: s.users.organiser.id,
    });
    // The sponsor sees that it was cancelled, and when, but not the organisers' reason.
    const portal = await callerForSponsor(s.db, sponsor, s.clock);
    const [own] = await portal.sponsorPortal.documents();
    expect(own).toMatchObject({ id: receipt.documentId, inForce: false, cancelledAt: s.clock.now().toISOString() });
    expect(JSON.stringify(own)).not.toContain("payment returned");
    expect(Object.keys(own)).not.toContain("needsCancellation");
  });
});

describe("the sponsor's documents", () => {
  it("are listed in its portal, its own only", async () => {
    const s = await setup();
    const o = s.as.organiser;
    await withIssuer(s);
    const mine = await pledgeWithPayments(o, s.campaign.id, [["2016-05-10", 50_000]]);
    const otherSponsor = await addSponsor(o, s.campaign.id, { name: "Aachener Bank eG", address: ADDRESS });
    const other = await pledgeWithPayments(o, s.campaign.id, [["2016-05-10", 70_000]], {}, otherSponsor);
    const issued = await o.document.issue({ paymentId: mine.paymentIds[0] });
    await o.document.issue({ paymentId: other.paymentIds[0] });
    const portal = await callerForSponsor(s.db, mine.sponsor, s.clock);
    expect((await portal.sponsorPortal.documents()).map((d) => d.id)).toEqual([issued.documentId]);
  });

  it("follow a duplicate's pledges into the sponsor it is merged into, and leave the duplicate's portal", async () => {
    const s = await setup();
    const o = s.as.organiser;
    await withIssuer(s);
    const duplicate = await pledgeWithPayments(o, s.campaign.id, [["2016-05-10", 50_000]]);
    const kept = await addSponsor(o, s.campaign.id, { name: "Printen Lambertz", address: ADDRESS });
    const issued = await o.document.issue({ paymentId: duplicate.paymentIds[0] });
    await o.sponsor.merge({ intoSponsorId: kept.id, fromSponsorId: duplicate.sponsor.id });
    const portal = await callerForSponsor(s.db, kept, s.clock);
    expect((await portal.sponsorPortal.documents()).map((d) => d.id)).toEqual([issued.documentId]);
    // The document itself is unchanged: it still names whom it was issued to.
    expect(textOf(storedPdf(s.db, issued.documentId))).toContain("Printen Lambertz KG");
  });
});

// An Aufwandsspende (issue 17, point 4: "Verzicht auf Erstattung von Aufwendungen where it
// applies"): a cash donation can be marked as made by waiving reimbursed expenses; its
// receipts, single or collective, then tick "Ja". Sponsoring and in-kind pledges cannot
// carry it, by create, by edit, or by an edit that changes what the pledge is.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { WAIVER_QUESTION } from "../../server/letters/receiptWording";
import { addPledge, addSponsor, expectFieldError, setup } from "./helpers";
import { pledgeWithPayments, storedPdf, textOf, withIssuer } from "./documentsHelpers";

/** The waiver line as laid out: the cross follows the box it is in ("Ja X Nein" or "Ja Nein X"). */
const ticked = (pdf: Buffer) => {
  const laidOut = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", "-", "-"], { input: pdf, encoding: "utf8" });
  const line = laidOut
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .find((l) => l.startsWith(WAIVER_QUESTION));
  if (line === `${WAIVER_QUESTION} Ja X Nein`) return "ja";
  if (line === `${WAIVER_QUESTION} Ja Nein X`) return "nein";
  throw new Error(`no waiver line with one cross: ${line}`);
};

describe("a donation made by waiving reimbursed expenses", () => {
  it("gets a receipt that ticks the waiver, and a plain donation one that does not", async () => {
    const s = await setup();
    await withIssuer(s);
    const o = s.as.organiser;
    const waived = await pledgeWithPayments(o, s.campaign.id, [["2016-05-10", 25_000]], { waivesReimbursement: true });
    expect(waived.pledge.waivesReimbursement).toBe(true);
    const plain = await pledgeWithPayments(o, s.campaign.id, [["2016-05-11", 30_000]], {}, waived.sponsor);
    const first = await o.document.issue({ paymentId: waived.paymentIds[0] });
    const second = await o.document.issue({ paymentId: plain.paymentIds[0] });
    expect(ticked(storedPdf(s.db, first.documentId))).toBe("ja");
    expect(ticked(storedPdf(s.db, second.documentId))).toBe("nein");
  });

  it("is marked per gift in a collective receipt's Anlage", async () => {
    const s = await setup();
    await withIssuer(s);
    const o = s.as.organiser;
    const { sponsor } = await pledgeWithPayments(o, s.campaign.id, [["2016-05-10", 25_000]], {
      waivesReimbursement: true,
    });
    await pledgeWithPayments(o, s.campaign.id, [["2016-05-12", 40_000]], {}, sponsor);
    const issued = await o.document.issue({ sponsorId: sponsor.id, year: 2016 });
    const text = textOf(storedPdf(s.db, issued.documentId));
    expect(text).toMatch(/10\.05\.2016 Geldspende ja 250,00 €/);
    expect(text).toMatch(/12\.05\.2016 Geldspende nein 400,00 €/);
  });

  it("is set and cleared by an edit, and undone like any field", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    const pledge = await addPledge(o, s.campaign.id, sponsor.id, 10_000);
    const set = await o.pledge.update({
      pledgeId: pledge.id,
      expectedVersion: pledge.version,
      waivesReimbursement: true,
    });
    expect(set.waivesReimbursement).toBe(true);
    const undone = await o.pledge.undo({ pledgeId: pledge.id, expectedVersion: set.version });
    expect(undone.waivesReimbursement).toBe(false);
  });

  it("is refused for sponsoring and in kind, naming waivesReimbursement, and blocks a move to either", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id);
    await expectFieldError(
      addPledge(o, s.campaign.id, sponsor.id, 10_000, { contribution: "sponsoring", waivesReimbursement: true }),
      "waivesReimbursement",
    );
    await expectFieldError(
      addPledge(o, s.campaign.id, sponsor.id, 10_000, {
        type: "in_kind",
        description: "Räume",
        waivesReimbursement: true,
      }),
      "waivesReimbursement",
    );
    const pledge = await addPledge(o, s.campaign.id, sponsor.id, 10_000, { waivesReimbursement: true });
    await expectFieldError(
      o.pledge.update({ pledgeId: pledge.id, expectedVersion: pledge.version, contribution: "sponsoring" }),
      "waivesReimbursement",
    );
    // Cleared in the same edit, the move is fine.
    const moved = await o.pledge.update({
      pledgeId: pledge.id,
      expectedVersion: pledge.version,
      contribution: "sponsoring",
      waivesReimbursement: false,
    });
    expect(moved).toMatchObject({ contribution: "sponsoring", waivesReimbursement: false });
  });
});

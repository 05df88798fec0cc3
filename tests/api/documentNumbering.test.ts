// Numbers that are never reused, however issuing goes: a refusal or a letter worker that fails
// while rendering takes none, a cancellation takes the next, and a change made while a PDF
// renders makes the server read and render again. The letter worker is replaced here by one
// that can fail or let something happen meanwhile (vi.mock: this file runs isolated).
import { describe, expect, it, vi } from "vitest";
import { documents } from "../../db/schema";
import { expectCode, setup } from "./helpers";
import { pledgeWithPayments, storedPdf, textOf, withIssuer } from "./documentsHelpers";

// `during` runs once while a PDF renders, as another request would.
const rendering = vi.hoisted(() => ({ failNext: false, during: null as null | (() => Promise<unknown>) }));
vi.mock("../../server/letters/pdf", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../server/letters/pdf")>();
  return {
    ...real,
    renderPdf: async (definition: Parameters<typeof real.renderPdf>[0]) => {
      if (rendering.failNext) {
        rendering.failNext = false;
        throw new Error("the letter worker stopped with code 1");
      }
      const pdf = await real.renderPdf(definition);
      const during = rendering.during;
      rendering.during = null;
      if (during) await during();
      return pdf;
    },
  };
});

describe("invoice numbers", () => {
  it("are numbered consecutively and never reuse a number: across a cancellation, a refusal and a failed rendering", async () => {
    const s = await setup();
    const o = s.as.organiser;
    await withIssuer(s);
    const sponsoring = { contribution: "sponsoring" as const };
    const { sponsor, paymentIds } = await pledgeWithPayments(
      o,
      s.campaign.id,
      [
        ["2016-05-02", 119_000],
        ["2016-05-03", 119_000],
        ["2016-05-04", 119_000],
      ],
      sponsoring,
    );
    const donation = await pledgeWithPayments(o, s.campaign.id, [["2016-05-05", 10_000]], {}, sponsor);
    const numbers: string[] = [];
    const issue = async (paymentId: number) => numbers.push((await o.document.issue({ paymentId })).number);
    await issue(paymentIds[0]);
    await issue(paymentIds[1]);
    // A receipt runs in its own series.
    expect((await o.document.issue({ paymentId: donation.paymentIds[0] })).number).toBe("ZB-2016-0001");
    // Refused: the payment is on a live invoice. Then the worker fails while rendering.
    await expectCode(o.document.issue({ paymentId: paymentIds[0] }), "CONFLICT");
    rendering.failNext = true;
    await expectCode(o.document.issue({ paymentId: paymentIds[2] }), "INTERNAL_SERVER_ERROR");
    await issue(paymentIds[2]);
    const first = (await o.document.list({ campaignId: s.campaign.id })).items.find((d) => d.number === numbers[0]);
    const storno = await o.document.cancel({ documentId: first!.id, reason: "wrong service text" });
    numbers.push(storno.correction!.number);
    await issue(paymentIds[0]);
    expect(numbers).toEqual(["RE-2016-0001", "RE-2016-0002", "RE-2016-0003", "RE-2016-0004", "RE-2016-0005"]);
    const stored = s.db
      .select({ number: documents.number })
      .from(documents)
      .all()
      .map((d) => d.number);
    expect(new Set(stored).size).toBe(stored.length);
    const stornoText = textOf(storedPdf(s.db, storno.correction!.documentId));
    expect(stornoText).toContain("Stornorechnung");
    expect(stornoText).toContain(
      "Diese Stornorechnung hebt die Rechnung Nr. RE-2016-0001 vom 20.05.2016 vollständig auf.",
    );
    expect(stornoText).toContain("-1.190,00 €");
    // The cancelled invoice keeps its bytes and shows who cancelled it.
    const list = (await o.document.list({ campaignId: s.campaign.id })).items;
    expect(list.find((d) => d.id === first!.id)).toMatchObject({
      inForce: false,
      cancelledBy: { number: "RE-2016-0004" },
    });
    await expectCode(o.document.cancel({ documentId: first!.id, reason: "again" }), "CONFLICT");
  });
});

describe("a change while the PDF renders", () => {
  it("is not missed: the plan is read again in the transaction, and the receipt rendered anew", async () => {
    const s = await setup();
    const o = s.as.organiser;
    await withIssuer(s);
    const { sponsor, paymentIds } = await pledgeWithPayments(o, s.campaign.id, [["2016-05-10", 50_000]]);
    rendering.during = () =>
      o.sponsor.update({ sponsorId: sponsor.id, expectedVersion: 1, address: "Neue Straße 1\n52062 Aachen" });
    const issued = await o.document.issue({ paymentId: paymentIds[0] });
    expect(issued.number).toBe("ZB-2016-0001");
    expect(textOf(storedPdf(s.db, issued.documentId))).toContain("Neue Straße 1");
  });
});

// Fixtures for the receipts and invoices tests: the campaign's issuer, a sponsor with a postal
// address, payments, and the PDF's text as pdftotext reads it (whitespace folded).
import { execFileSync } from "node:child_process";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/open";
import { documents } from "../../db/schema";
import { addPledge, addSponsor, type Caller, type Setup } from "./helpers";

export const ISSUER = {
  legalName: "Aachen digitalisiert e.V.",
  address: "Theaterstraße 1\n52062 Aachen",
  taxNumber: "201/5902/1234",
  exemption: {
    kind: "freistellungsbescheid" as const,
    taxOffice: "Aachen-Stadt",
    date: "2015-05-12",
    period: "2013",
  },
  purpose: "der Wissenschaft und Forschung",
  signatory: "Dr. Eva Engel, Vorstand",
  place: "Aachen",
};

export async function withIssuer(s: Setup, issuer: Partial<typeof ISSUER> | typeof ISSUER = ISSUER) {
  const current = (await s.as.admin.campaign.list()).find((c) => c.id === s.campaign.id);
  return s.as.admin.campaign.update({
    campaignId: s.campaign.id,
    expectedVersion: current?.version ?? 1,
    issuer: { ...ISSUER, ...issuer },
  });
}

export const ADDRESS = "Borchersstraße 18\n52072 Aachen";

type SponsorRow = Awaited<ReturnType<typeof addSponsor>>;

/**
 * A confirmed pledge of €10,000 more than is paid, with one payment per `paid` entry, by
 * `sponsor` or a new sponsor "Printen Lambertz KG" with a postal address.
 */
export async function pledgeWithPayments(
  o: Caller,
  campaignId: number,
  paid: [day: string, cents: number][],
  fields: Parameters<typeof addPledge>[4] = {},
  sponsor?: SponsorRow,
) {
  const payer = sponsor ?? (await addSponsor(o, campaignId, { name: "Printen Lambertz KG", address: ADDRESS }));
  const total = paid.reduce((sum, [, cents]) => sum + cents, 0);
  let pledge = await addPledge(o, campaignId, payer.id, total + 1_000_000, { pledgedAt: "2016-05-02", ...fields });
  for (const [paidAt, amountCents] of paid)
    pledge = await o.pledge.recordPayment({
      pledgeId: pledge.id,
      amountCents,
      paidAt,
      expectedVersion: pledge.version,
    });
  const detail = await o.pledge.get({ pledgeId: pledge.id });
  return { sponsor: payer, pledge: detail, paymentIds: detail.payments.map((p) => p.id) };
}

export function storedPdf(db: Db, documentId: number): Buffer {
  const row = db.select({ pdf: documents.pdf }).from(documents).where(eq(documents.id, documentId)).get();
  if (!row) throw new Error(`no document ${documentId}`);
  return row.pdf;
}

export function textOf(pdf: Buffer): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: pdf, encoding: "utf8" })
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

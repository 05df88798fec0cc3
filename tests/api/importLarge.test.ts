// A 10,000-row German CSV imports in one call (one transaction), and again as duplicates.
import { expect, it } from "vitest";
import { fullSummary, setup } from "./helpers";

const ROWS = 10_000;
const SPONSORS = 2_000;
const STATUSES = ["Zugesagt", "Bezahlt", "Absicht", "Zurückgezogen"] as const;

/** Row i: sponsor i mod 2,000, €1.000,50 to €999.000,50, a status in turn, a day in May 2016. */
function germanCsv() {
  const lines = ["Name;Art;Land;Betrag;Typ;Status;Datum;Notiz"];
  const cents = { Zugesagt: 0, Bezahlt: 0, Absicht: 0, Zurückgezogen: 0 };
  for (let i = 0; i < ROWS; i++) {
    const status = STATUSES[i % STATUSES.length];
    const euros = (i % 999) + 1;
    cents[status] += euros * 100_000 + 50;
    const day = String(1 + (i % 19)).padStart(2, "0");
    lines.push(`Firma ${i % SPONSORS} GmbH;Unternehmen;DE;${euros}.000,50;Geld;${status};${day}.05.2016;Zeile ${i}`);
  }
  return { csv: lines.join("\r\n"), cents };
}

it("imports 10,000 rows", { timeout: 180_000 }, async () => {
  const s = await setup();
  const { csv, cents } = germanCsv();
  const result = await s.as.organiser.pledge.importCsv({ campaignId: s.campaign.id, csv, dryRun: false });
  expect(result).toEqual({
    rows: ROWS,
    created: ROWS,
    duplicates: 0,
    sponsorsCreated: SPONSORS,
    dryRun: false,
    warnings: [],
    errors: [],
  });
  expect(await fullSummary(s.as.organiser, { campaignId: s.campaign.id })).toMatchObject({
    pledgeCount: ROWS,
    confirmedCents: cents.Zugesagt,
    paidCents: cents.Bezahlt,
    receivedCents: cents.Bezahlt,
    intentCents: cents.Absicht,
    withdrawnCents: cents.Zurückgezogen,
    // Sponsor j always gets status j mod 4 (2,000 is a multiple of 4): half are binding.
    sponsorCount: SPONSORS / 2,
  });
  const again = await s.as.organiser.pledge.importCsv({ campaignId: s.campaign.id, csv, dryRun: true });
  expect(again).toMatchObject({ rows: ROWS, created: 0, duplicates: ROWS, sponsorsCreated: 0 });
});

// The .xlsx writer: large files are built in a worker thread, and a worker's file is the
// same as one built in place; amounts come back as the exact numbers, text as strings.
import { readSheet } from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import type { PledgeExportRow } from "../../server/queries/pledgeExport";
import {
  buildXlsx,
  buildXlsxHere,
  buildXlsxInWorker,
  WORKER_FROM_ROWS,
  type XlsxJob,
} from "../../server/export/xlsxJob";

const pledge = (id: number): PledgeExportRow => ({
  id,
  sponsorName: id === 1 ? "@SUMME(A1)" : `Sponsor ${id} GmbH`,
  sponsorKind: "research",
  country: "NL",
  amountCents: 150_000 + id,
  type: "cash",
  status: "confirmed",
  pledgedAt: "2016-05-02",
  receivedCents: 1,
  conditional: false,
  raisedBySponsorName: null,
  raisedByName: null,
  note: null,
  createdAt: Date.parse("2016-05-20T10:00:00Z"),
  contribution: "donation",
  vatRatePercent: null,
});

describe("building an .xlsx", () => {
  it("gives the same file in a worker thread as in place", async () => {
    const job: XlsxJob = { list: "pledges", rows: [1, 2, 3].map(pledge), locale: "de", sheet: "Zusagen" };
    const [here, there] = await Promise.all([buildXlsxHere(job), buildXlsxInWorker(job)]);
    const [hereRows, thereRows] = await Promise.all([readSheet(here), readSheet(there)]);
    expect(thereRows).toEqual(hereRows);
    expect(thereRows[1].slice(0, 5)).toEqual([1, "@SUMME(A1)", "Wissenschaft", "NL", 1500.01]);
    expect(thereRows[3][8]).toBe(0.01);
  });

  it(`moves to a worker from ${WORKER_FROM_ROWS} rows and keeps every row`, async () => {
    const rows = Array.from({ length: WORKER_FROM_ROWS }, (_, i) => pledge(i + 1));
    const sheet = await readSheet(await buildXlsx({ list: "pledges", rows, locale: "en", sheet: "Pledges" }));
    expect(sheet).toHaveLength(WORKER_FROM_ROWS + 1);
    expect(sheet[WORKER_FROM_ROWS][4]).toBe((150_000 + WORKER_FROM_ROWS) / 100);
  });
});

// Issue 15 at full size, against a server in its own process: a 100,000-row import while
// another client polls /healthz and reads, and .xlsx bombs at the real limits (a lone cell at
// XFD100000, a sheet that expands a thousandfold, a million shared strings), each refused or
// read while the server's memory stays bounded. The fast variants run in `npm test`
// (tests/api/importBombs.test.ts, importWhileServing.test.ts).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { signedIn, type BenchClient } from "../bench/client";
import { BENCH_ADMIN, seedLargeCampaign } from "../bench/seedLarge";
import { berlinDay } from "../server/domain/dates";
import { startServer, type RunningServer } from "../tests/e2e/harness";
import { HEADER, inline, row, textCells, textRow, xlsx } from "../tests/api/xlsxFiles";

const ROWS = 100_000;
const today = berlinDay(new Date());
let dir: string;
let server: RunningServer;
let client: BenchClient;
let campaignId: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "chaos-import-"));
  const seeded = await seedLargeCampaign(join(dir, "import.db"), 1_000, today);
  campaignId = seeded.campaignId;
  server = await startServer({ DATABASE_FILE: seeded.file, DEMO_DATA: "off" }, { needsClient: false });
  client = await signedIn(server.url, BENCH_ADMIN);
}, 180_000);

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, "utf8"))?.[1]) / 1024;
const pledgeCount = async () =>
  ((await client.query("campaign.summary", { campaignId })) as { pledgeCount: number }).pledgeCount;

// As the import page sends a file: its bytes to the upload route (server/http/importUpload.ts).
async function importXlsx(bytes: Uint8Array) {
  const res = await fetch(`${server.url}/api/campaigns/${campaignId}/imports?dryRun=true`, {
    method: "POST",
    headers: { cookie: client.cookie, "x-filename": "bomb.xlsx" },
    body: new Uint8Array(bytes),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { rows: number; errors: { code: string; value?: string }[] };
}

it("a 100,000-row import while another client polls /healthz and reads", { timeout: 600_000 }, async () => {
  const before = await pledgeCount();
  const lines = ["name,kind,country,amount,type,status,date,note"];
  for (let i = 0; i < ROWS; i++)
    lines.push(`Chaos ${i % 7_000} GmbH,company,DE,${(i % 900) + 100},cash,confirmed,${today},row ${i}`);
  let done = false;
  const imported = client
    .mutate("pledge.importCsv", { campaignId, csv: lines.join("\n"), dryRun: false })
    .finally(() => {
      done = true;
    });
  let answered = 0;
  const seen = new Set<number>();
  while (!done) {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    seen.add(await pledgeCount());
    answered += 1;
  }
  expect(await imported).toMatchObject({ rows: ROWS, created: ROWS, errors: [] });
  expect(answered).toBeGreaterThan(50);
  expect([...seen].every((count) => count === before || count === before + ROWS)).toBe(true);
  expect(await pledgeCount()).toBe(before + ROWS);
});

it("refuses or reads .xlsx bombs at the real limits with bounded memory", { timeout: 600_000 }, async () => {
  const pledge = ["Aachener Druck GmbH", "company", "DE", "1500", "cash", "confirmed", today];
  const lone = xlsx({
    sheetData: textRow(1, HEADER) + row(2, textCells(2, pledge)) + row(100_000, inline("XFD100000", "boom")),
  });
  expect(await importXlsx(lone)).toMatchObject({ rows: 1, errors: [] });

  // 100 MB of sheet XML in a few hundred kilobytes (under the sheet's size limit, over the ratio).
  const filler = textRow(
    3,
    pledge.map(() => " ".repeat(2_000)),
  );
  const ratio = xlsx({ sheetData: textRow(1, HEADER) + filler.repeat(Math.floor(100_000_000 / filler.length)) });
  expect((await importXlsx(ratio)).errors).toEqual([
    expect.objectContaining({ code: "file_over_limit", value: "ratio" }),
  ]);

  const strings = Array.from({ length: 1_000_001 }, (_, i) => `<si><t>${i.toString(36)}</t></si>`).join("");
  const shared = xlsx({ sheetData: textRow(1, HEADER), sharedStrings: strings });
  const refused = await importXlsx(shared);
  expect(refused.errors).toEqual([expect.objectContaining({ code: "file_over_limit" })]);
  expect(["sharedStrings", "ratio"]).toContain(refused.errors[0].value);

  const tooMany = xlsx({
    sheetData: [textRow(1, HEADER), ...Array.from({ length: ROWS + 1 }, (_, i) => textRow(i + 2, pledge))].join(""),
  });
  expect((await importXlsx(tooMany)).errors).toEqual([expect.objectContaining({ code: "too_many_rows" })]);
  expect(rssMb()).toBeLessThan(1_000);
});

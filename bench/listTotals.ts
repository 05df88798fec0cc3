// What pledge.list's `totals` cost at 1M pledges, beside an unfiltered page of the same run.
// Two views: over HTTP (what a phone waits for: a filtered page with its totals against an
// unfiltered page), and in the process on the same file (the totals query alone against the
// unfiltered page's query alone), where HTTP's fixed cost cannot hide a slow aggregate.
import { openSecondConnection } from "../db/open";
import { listPledges, type PledgeFilters } from "../server/queries/pledgeList";
import { pledgeTotals } from "../server/queries/pledgeTotals";
import { timed, type BenchClient } from "./client";
import { alternate, median, percentile, round } from "./stats";

const ROUNDS = 5;
const CALLS = 40;

interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline: string;
  goal: string;
}

/** Filters that scan the pledges: measured briefly. */
const SLOW = new Set(["search", "overdue", "searchAll"]);

type Filter = Omit<PledgeFilters, "today">;

/** The listMsAt1M filter, then the filters without a maintained figure. */
function filtersOf(sponsorId: number): [string, Filter][] {
  return [
    ["statusCountry", { status: "confirmed", country: "BE" }],
    ["sponsor", { sponsorId }],
    ["search", { search: "sponsor 4242 gmbh" }],
    ["searchAll", { search: "gmbh" }],
    ["overdue", { overdue: true }],
  ];
}

export async function measureListTotals(
  client: BenchClient,
  campaignId: number,
  file: string,
  today: string,
): Promise<Figure[]> {
  console.log("pledge.list totals …");
  const first = (await client.query("pledge.list", { campaignId, limit: 1 })) as { items: { sponsorId: number }[] };
  const figures: Figure[] = [];
  const unfiltered = () => timed(CALLS, () => client.query("pledge.list", { campaignId, limit: 50 }));
  for (const [name, filter] of filtersOf(first.items[0].sponsorId)) {
    console.log(`  ${name} …`);
    // A scan of every pledge takes a second or more a call: a few calls, or the run takes an hour.
    const calls = SLOW.has(name) ? 3 : CALLS;
    const filtered = () => timed(calls, () => client.query("pledge.list", { campaignId, limit: 50, ...filter }));
    await filtered();
    await unfiltered();
    const runs = await alternate(SLOW.has(name) ? 2 : ROUNDS, filtered, unfiltered);
    const ratios = runs.pairs.map(([f, u]) => percentile(f, 95) / percentile(u, 95));
    figures.push({
      name: name === "statusCountry" ? "listTotalsRatio" : `listTotalsRatio.${name}`,
      value: round(median(ratios)),
      unit: `× (p95 pledge.list ${JSON.stringify(filter)} with totals / p95 unfiltered page, 1M pledges, HTTP)`,
      baseline: `unfiltered page: ${round(percentile(runs.b, 95))} ms p95; filtered with totals: ${round(percentile(runs.a, 95))} ms p95`,
      goal: "≤ 2",
    });
  }
  figures.push(...measureInProcess(file, campaignId, today, first.items[0].sponsorId));
  return figures;
}

/** The totals query alone against the unfiltered page's query alone, on a connection of this process. */
function measureInProcess(file: string, campaignId: number, today: string, sponsorId: number): Figure[] {
  const db = openSecondConnection(file);
  try {
    const time = (fn: () => unknown, count: number) => {
      const out: number[] = [];
      for (let i = 0; i < count; i++) {
        const start = performance.now();
        fn();
        out.push(performance.now() - start);
      }
      return out;
    };
    const page = () => listPledges(db, campaignId, { today }, "newest", null, 50);
    return filtersOf(sponsorId).map(([name, filter]) => {
      const f = { ...filter, today };
      const count = SLOW.has(name) ? 3 : 200;
      time(page, 20);
      time(() => pledgeTotals(db, campaignId, f), Math.min(count, 20));
      const pages = time(page, count);
      const totals = time(() => pledgeTotals(db, campaignId, f), count);
      return {
        name: `totalsQueryRatio.${name}`,
        value: round(median(totals) / median(pages)),
        unit: "× (median totals query / median unfiltered page query, in process)",
        baseline: `page ${round(median(pages), 3)} ms, totals ${round(median(totals), 3)} ms`,
        goal: "≤ 2",
      };
    });
  } finally {
    db.$client.close();
  }
}

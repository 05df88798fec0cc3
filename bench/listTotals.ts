// What pledge.list's `totals` cost at 1M pledges, beside an unfiltered page of the same run.
// Two views: over HTTP (what a phone waits for: a filtered page with its totals against an
// unfiltered page), and in the process on the same file (the totals query alone against the
// unfiltered page's query alone), where HTTP's fixed cost cannot hide a slow aggregate.
import { openSecondConnection } from "../db/open";
import { listPledges, type PledgeFilters } from "../server/queries/pledgeList";
import { pledgeTotals } from "../server/queries/pledgeTotals";
import { forgetSponsorDirectories, loadSponsorDirectory } from "../server/queries/sponsorDirectory";
import { timed, type BenchClient } from "./client";
import { alternate, median, percentile, round } from "./stats";

const ROUNDS = 5;
const CALLS = 40;
const DIRECTORY_LOAD_MS = 3_000;

interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline: string;
  goal: string;
}

type Filter = Omit<PledgeFilters, "today">;

/** The listMsAt1M filter, then the filters without a maintained figure. */
function filtersOf(sponsorId: number): [string, Filter][] {
  return [
    ["statusCountry", { status: "confirmed", country: "BE" }],
    ["sponsor", { sponsorId }],
    ["search", { search: "sponsor 4242 gmbh" }],
    ["searchAll", { search: "gmbh" }],
    // Two sponsors in five: neither a few to add nor a few to take away.
    ["searchSome", { search: "1" }],
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
    const filtered = () => timed(CALLS, () => client.query("pledge.list", { campaignId, limit: 50, ...filter }));
    await filtered();
    // A broad name search's first call starts loading the campaign's sponsors into memory, a
    // slice a turn (about a second at 100,000): the figure is the steady state after it.
    if (filter.search) await new Promise((resolve) => setTimeout(resolve, DIRECTORY_LOAD_MS));
    await unfiltered();
    const runs = await alternate(ROUNDS, filtered, unfiltered);
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
    // Loaded at once here (the server loads it a slice a turn): what a cold start costs; then
    // a broad search never asked before, which tests every name (a repeat reuses its match).
    const loads: number[] = [];
    const firstSearches: number[] = [];
    const broad = { search: "gmbh", today };
    for (let i = 0; i < 3; i++) {
      forgetSponsorDirectories(db);
      loads.push(...time(() => loadSponsorDirectory(db, campaignId), 1));
      firstSearches.push(...time(() => pledgeTotals(db, campaignId, broad), 1));
    }
    const pagesBeside = time(page, 200);
    const coldFigures: Figure[] = [
      {
        name: "sponsorDirectoryLoadMs",
        value: round(median(loads)),
        unit: "ms (the campaign's sponsors into memory for name-search totals, once per process; served in slices)",
        baseline: `unfiltered page query ${round(median(pagesBeside), 3)} ms`,
        goal: "none: once, in the background",
      },
      {
        name: "totalsQueryRatio.searchAllFirstAsked",
        value: round(median(firstSearches) / median(pagesBeside)),
        unit: '× (totals of {"search":"gmbh"} asked for the first time / median unfiltered page query, in process)',
        baseline: `page ${round(median(pagesBeside), 3)} ms, first totals ${round(median(firstSearches), 3)} ms`,
        goal: "none: once a search",
      },
    ];
    const totals = filtersOf(sponsorId).map(([name, filter]) => {
      const f = { ...filter, today };
      time(page, 20);
      time(() => pledgeTotals(db, campaignId, f), 20);
      const pages = time(page, 200);
      const totals = time(() => pledgeTotals(db, campaignId, f), 200);
      return {
        name: `totalsQueryRatio.${name}`,
        value: round(median(totals) / median(pages)),
        unit: "× (median totals query / median unfiltered page query, in process)",
        baseline: `page ${round(median(pages), 3)} ms, totals ${round(median(totals), 3)} ms`,
        goal: "≤ 2",
      };
    });
    return [...totals, ...coldFigures];
  } finally {
    db.$client.close();
  }
}

// The list's maintained figures (migration 0017) against a recount from the rows, and the
// list's fast totals, in SQL and from the sponsors kept in memory, against the slow exact
// count over the pledges they replace. The caller loads the directory before its changes.
import { expect } from "vitest";
import { count, sql } from "drizzle-orm";
import { pledges, sponsors } from "../../db/schema";
import { liveFilter, type PledgeFilters } from "../../server/queries/pledgeList";
import { pledgeTotals } from "../../server/queries/pledgeTotals";
import { directoryTotals } from "../../server/queries/sponsorDirectory";
import type { Setup } from "./helpers";

const nonzero = (s: Setup, query: string) =>
  (s.db.$client.prepare(query).all(s.campaign.id) as Record<string, number>[])
    .filter((r) => r.pledge_count !== 0 || r.amount_cents !== 0)
    .map((r) => JSON.stringify(r))
    .sort();

/** A pledge-list filter with a name search, totalled by the sponsor directory (null: not loaded). */
export function inMemory(s: Setup, f: Omit<PledgeFilters, "today">) {
  const totals = directoryTotals(s.db, s.campaign.id, {
    needle: (f.search ?? "").toLocaleLowerCase("de-DE"),
    kind: f.kind,
    country: f.country,
    statuses: f.status ? [f.status] : undefined,
  });
  return totals && { count: totals.count, amountCents: totals.amountCents };
}

/** The slow exact path: every pledge the list's filter selects, counted. */
export function countedOverPledges(s: Setup, f: PledgeFilters) {
  const row = s.db
    .select({ count: count(), amountCents: sql<number>`coalesce(sum(${pledges.amountCents}), 0)` })
    .from(pledges)
    .innerJoin(sponsors, sql`${sponsors.id} = ${pledges.sponsorId}`)
    .where(liveFilter(s.campaign.id, f))
    .get();
  return { count: row?.count ?? 0, amountCents: row?.amountCents ?? 0 };
}

export function expectListFiguresRecounted(s: Setup, days: readonly string[], searches: readonly string[]) {
  // Each pledge's first uncovered due date, recounted from its installments.
  const stale = s.db.$client
    .prepare(
      `select p.id, p.overdue_from, (select min(i.due_on) from installments i where i.pledge_id = p.id
        and (select sum(j.amount_cents) from installments j where j.pledge_id = p.id and j.due_on <= i.due_on) > p.received_cents) as recount
      from pledges p where p.campaign_id = ? and p.overdue_from is not recount`,
    )
    .all(s.campaign.id);
  expect(stale, "pledges.overdue_from").toEqual([]);
  expect(
    nonzero(s, "select sponsor_id, status, pledge_count, amount_cents from sponsor_totals where campaign_id = ?"),
    "sponsor_totals",
  ).toEqual(
    nonzero(
      s,
      `select sponsor_id, status, count(*) as pledge_count, sum(amount_cents) as amount_cents
      from pledges where campaign_id = ? group by sponsor_id, status`,
    ),
  );
  expect(
    nonzero(
      s,
      "select day, sponsor_kind, country, pledge_count, amount_cents from overdue_totals where campaign_id = ?",
    ),
    "overdue_totals",
  ).toEqual(
    nonzero(
      s,
      `select p.overdue_from as day, s.kind as sponsor_kind, s.country, count(*) as pledge_count, sum(p.amount_cents) as amount_cents
      from pledges p join sponsors s on s.id = p.sponsor_id
      where p.campaign_id = ? and p.status = 'confirmed' and p.overdue_from is not null group by 1, 2, 3`,
    ),
  );
  const filters: Omit<PledgeFilters, "today">[] = [
    { overdue: true },
    { overdue: true, status: "confirmed" },
    { overdue: true, status: "intent" },
    { overdue: true, kind: "company" },
    { overdue: true, country: "BE" },
    ...searches.flatMap((search) => [
      { search },
      { search, status: "confirmed" as const },
      { search, kind: "research" as const },
      { search, country: "DE" },
    ]),
  ];
  // A name search's totals from the sponsors kept in memory: loaded before the changes
  // (the test loads it first), so what it says here it learnt from sponsor_changes.
  for (const f of filters.filter((f) => f.search))
    expect(inMemory(s, f), `in memory: ${JSON.stringify(f)}`).toEqual(countedOverPledges(s, { ...f, today: days[0] }));
  // Then the SQL paths, without the directory.
  for (const today of days)
    for (const f of filters)
      expect(sqlTotals(s, { ...f, today }), `${JSON.stringify(f)} on ${today}`).toEqual(
        countedOverPledges(s, { ...f, today }),
      );
}

/** pledgeTotals in SQL: inside a transaction the directory stands aside. */
const sqlTotals = (s: Setup, f: PledgeFilters) => s.db.transaction(() => pledgeTotals(s.db, s.campaign.id, f));

// A large campaign written straight into SQLite, fast: sponsors, pledges, their creation
// events, installments and payments, then every maintained aggregate derived with the same
// rules the ledger applies (and the triggers of migration 0007 keep the totals). Each pledge
// has one event on its pledge date, so the aggregates here equal what the ledger would write.
import Database from "better-sqlite3";
import { openDatabase } from "../db/open";
import { hashPassword } from "../server/auth/password";
import { addDays } from "../server/domain/dates";
import { seededRandom } from "../server/demo/random";

export const BENCH_ADMIN = { email: "bench@example.org", password: "bench-password-1" };

export interface LargeCampaign {
  file: string;
  campaignId: number;
  pledges: number;
  firstDay: string;
  lastDay: string;
}

const KINDS = [
  "company",
  "company",
  "company",
  "public_body",
  "public_company",
  "research",
  "association",
  "individual",
] as const;
const COUNTRIES = ["DE", "DE", "DE", "DE", "BE", "NL", "LU"] as const;
const SECTORS = ["Software", "Logistik", "Energie", "Maschinenbau", "Hochschule", null] as const;
const MEMBERSHIPS = ["Fördermitglied", "Nutzermitglied", null] as const;

/** `pledges` pledges over the `days` days up to `lastDay`, one sponsor per ten pledges. */
export async function seedLargeCampaign(
  file: string,
  pledges: number,
  lastDay: string,
  days = 365,
): Promise<LargeCampaign> {
  openDatabase(file).$client.close(); // creates the file and applies the migrations
  const db = new Database(file);
  // A scratch file for the benchmark: no journal, no syncs, a large page cache while filling.
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -1000000");
  const random = seededRandom(pledges);
  const firstDay = addDays(lastDay, -(days - 1));
  const matchStart = addDays(lastDay, 30);
  const now = Date.now();
  const passwordHash = await hashPassword(BENCH_ADMIN.password);

  const campaignId = db.transaction(() => {
    db.prepare("insert into users (email, name, password_hash, is_admin, created_at) values (?, 'Bench', ?, 1, ?)").run(
      BENCH_ADMIN.email,
      passwordHash,
      now,
    );
    const campaignId = Number(
      db
        .prepare(`insert into campaigns (name, region, target_cents, match_cap_cents, match_start, match_years, window_start, deadline, created_at,
          reference_prefix, last_reference_number)
      values ('Benchmark', 'Bundesweit', ?, ?, ?, 3, ?, ?, ?, 'BM', ?)`)
        .run(pledges * 500_000, pledges * 500_000, matchStart, firstDay, addDays(lastDay, 30), now, pledges)
        .lastInsertRowid,
    );

    const sponsorCount = Math.max(1, Math.floor(pledges / 10));
    const insertSponsor =
      db.prepare(`insert into sponsors (campaign_id, name, name_key, kind, country, sector, membership_type, listing, created_at)
      values (?, ?, ?, ?, ?, ?, ?, 'hidden', ?)`);
    for (let i = 1; i <= sponsorCount; i++) {
      const name = `Sponsor ${i} GmbH`;
      insertSponsor.run(
        campaignId,
        name,
        name.toLowerCase(),
        random.pick(KINDS),
        random.pick(COUNTRIES),
        random.pick(SECTORS),
        random.pick(MEMBERSHIPS),
        now,
      );
    }
    const firstSponsor = (
      db.prepare("select min(id) as id from sponsors where campaign_id = ?").get(campaignId) as { id: number }
    ).id;

    // Indexes are built once at the end: far cheaper than keeping them up to date row by row.
    const indexes = db
      .prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null
      and tbl_name in ('pledges', 'pledge_events', 'payments')`)
      .all() as { name: string; sql: string }[];
    for (const index of indexes) db.exec(`drop index "${index.name}"`);
    // Generated inside SQLite: a JavaScript loop spends most of its time crossing into C.
    // h(i, salt) is a cheap deterministic hash in 0..9999 that drives every choice.
    const h = (salt: number) => `((i * 2654435761 + ${salt} * 40503) % 1000003 % 10000)`;
    db.prepare(`with recursive seq(i) as (select 1 union all select i + 1 from seq where i < ?)
      insert into pledges (campaign_id, sponsor_id, amount_cents, received_cents, type, status, pledged_at, last_event_at, conditional, description, created_at, reference)
      select ?, cast(? as integer) + ((i * 2654435761) % 1000003) * cast(? as integer) / 1000003, amount, case when status = 'paid' then amount else 0 end, type, status, day, day, ${h(5)} < 500,
        case when type = 'in_kind' then 'Sachleistung' end, ?, 'BM-' || printf('%04d', i)
      from (select i, (1 + ${h(2)} % 200) * 50000 as amount,
          case when ${h(3)} < 2000 then 'intent' when ${h(3)} < 8000 then 'confirmed' when ${h(3)} < 9500 then 'paid' else 'withdrawn' end as status,
          case when ${h(4)} < 1000 then 'in_kind' else 'cash' end as type,
          date(?, '+' || (${h(6)} * cast(? as integer) / 10000) || ' days') as day
        from seq)`).run(pledges, campaignId, firstSponsor, sponsorCount, now, firstDay, days);
    // One pledge in ten follows a plan of its own from 60 days after its date: those not paid
    // by now are overdue (about 5 % of all), so the "overdue" list has something to find.
    db.prepare(`insert into installments (pledge_id, number, due_on, amount_cents)
      select p.id, n.number,
        case when p.id * 2654435761 % 1000003 % 10 = 0 then date(p.pledged_at, '+60 days', '+' || (n.number - 1) || ' years')
          else date(?, '+' || (n.number - 1) || ' years') end,
        p.amount_cents / 3 + case when n.number = 1 then p.amount_cents % 3 else 0 end
      from pledges p cross join (select 1 as number union all select 2 union all select 3) n where p.campaign_id = ?`).run(
      matchStart,
      campaignId,
    );
    // Each pledge's first uncovered due date, as the ledger keeps it (domain/overdue.ts); the
    // triggers of migration 0017 carry it into overdue_totals, as they kept sponsor_totals.
    db.prepare(`update pledges set overdue_from = (select min(i.due_on) from installments i where i.pledge_id = pledges.id
        and (select sum(j.amount_cents) from installments j where j.pledge_id = pledges.id and j.due_on <= i.due_on) > pledges.received_cents)
      where campaign_id = ?`).run(campaignId);
    db.prepare(`insert into payments (campaign_id, pledge_id, amount_cents, paid_at, created_at)
      select campaign_id, id, amount_cents, pledged_at, ? from pledges where campaign_id = ? and status = 'paid'`).run(
      now,
      campaignId,
    );
    db.prepare(`insert into pledge_events (campaign_id, pledge_id, kind, at, created_at, status_after, amount_after_cents, type_after, received_after_cents, payment_id)
      select p.campaign_id, p.id, 'created', p.pledged_at, ?, p.status, p.amount_cents, p.type, p.received_cents, pay.id
      from pledges p left join payments pay on pay.pledge_id = p.id where p.campaign_id = ?`).run(now, campaignId);
    for (const index of indexes) db.exec(index.sql);
    deriveAggregates(db, campaignId);
    deriveLogs(db, campaignId, lastDay);
    return campaignId;
  })();
  db.pragma("journal_mode = WAL");
  db.close();
  return { file, campaignId, pledges, firstDay, lastDay };
}

/**
 * The knownAt logs as the ledger would have written them: a row per pledge, recorded on its
 * pledge day between 10:00 and 20:00 in Berlin, except one in twenty entered up to ten days
 * late (late rows are what a past day's read as known at an earlier time has to take away).
 */
function deriveLogs(db: Database.Database, campaignId: number, lastDay: string): void {
  const recordedDay = `case when (p.id * 2654435761 % 1000003 % 20) = 0 then min(date(p.pledged_at, '+10 days'), ?) else p.pledged_at end`;
  const recorded = `select p.*, s.kind, s.country, rday, rday > p.pledged_at as late,
      (unixepoch(rday) + 28800 + p.id % 36000) * 1000 as recorded_at
    from (select p.*, ${recordedDay} as rday from pledges p where p.campaign_id = ?) p join sponsors s on s.id = p.sponsor_id`;
  db.prepare(`insert into figure_log (campaign_id, recorded_at, late, day, status, type, sponsor_kind, country, amount_cents, pledge_count, received_cents)
    select campaign_id, recorded_at, late, pledged_at, status, type, kind, country, amount_cents, 1, received_cents from (${recorded})`).run(
    lastDay,
    campaignId,
  );
  db.prepare(`insert into schedule_log (campaign_id, recorded_at, late, day, year, cents)
    select r.campaign_id, r.recorded_at, r.late, r.pledged_at, cast(substr(i.due_on, 1, 4) as integer), sum(i.amount_cents)
    from (${recorded}) r join installments i on i.pledge_id = r.id
    where r.status in ('confirmed', 'paid') group by r.id, 5`).run(lastDay, campaignId);
  db.prepare(`insert into sponsor_count_log (campaign_id, recorded_at, late, day, sponsor_kind, country, delta)
    select campaign_id, (unixepoch(day) + 28800) * 1000, 0, day, sponsor_kind, country, delta
    from daily_sponsor_counts where campaign_id = ?`).run(campaignId);
}

/** The per-day figures and everything kept beside them, as the ledger's events would have written them. */
function deriveAggregates(db: Database.Database, campaignId: number): void {
  db.prepare(`insert into daily_figures (campaign_id, day, status, type, sponsor_kind, country, amount_cents, pledge_count, received_cents)
    select p.campaign_id, p.pledged_at, p.status, p.type, s.kind, s.country, sum(p.amount_cents), count(*), sum(p.received_cents)
    from pledges p join sponsors s on s.id = p.sponsor_id where p.campaign_id = ? group by 1, 2, 3, 4, 5, 6`).run(
    campaignId,
  );
  db.prepare(`insert into sponsor_daily_binding (campaign_id, sponsor_id, day, binding_count)
    select campaign_id, sponsor_id, pledged_at, count(*) from pledges
    where campaign_id = ? and status in ('confirmed', 'paid') group by 1, 2, 3`).run(campaignId);
  db.prepare(`insert into sponsor_presence (campaign_id, sponsor_id, day, delta)
    select campaign_id, sponsor_id, day, case when running > 0 then 1 else -1 end from (
      select campaign_id, sponsor_id, day, binding_count,
        sum(binding_count) over (partition by campaign_id, sponsor_id order by day) as running
      from sponsor_daily_binding where campaign_id = ?)
    where (running > 0) <> (running - binding_count > 0)`).run(campaignId);
  db.prepare(`insert into daily_sponsor_counts (campaign_id, day, sponsor_kind, country, delta)
    select p.campaign_id, p.day, s.kind, s.country, sum(p.delta) from sponsor_presence p join sponsors s on s.id = p.sponsor_id
    where p.campaign_id = ? group by 1, 2, 3, 4`).run(campaignId);
  db.prepare(`insert into schedule_deltas (campaign_id, day, year, cents)
    select p.campaign_id, p.pledged_at, cast(substr(i.due_on, 1, 4) as integer), sum(i.amount_cents)
    from pledges p join installments i on i.pledge_id = p.id
    where p.campaign_id = ? and p.status in ('confirmed', 'paid') group by 1, 2, 3`).run(campaignId);
}

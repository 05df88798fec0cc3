// Writing an import's checked rows: a sponsor per new name, a pledge per row, all or nothing
// (one transaction). The import is planned first from two reads (the campaign's sponsors and
// earlier import keys): which rows are new, which sponsors to create, what to warn about. A
// dry run is that plan alone, so it writes nothing and its counts are those of the write.
// The write then inserts row by row with prepared statements and adds the figures of all
// rows once at the end (importWrite.ts). Each row's key comes from its content, so a file
// imported again, or a row repeated within it, creates nothing.
import { and, asc, eq, like } from "drizzle-orm";
import type { Reader } from "../../db/open";
import { pledges, sponsors } from "../../db/schema";
import type { SponsorKind } from "../domain/codes";
import { importKeyOf } from "../import/key";
import type { CheckedSheet, ImportResult, ImportRow, ImportWarning } from "../import/types";
import { writePlannedRows } from "./importWrite";
import type { Actor } from "./pledges";
import type { Write } from "./tx";

export interface ImportWritten {
  /** Pledges created; on a dry run, the pledges that would be created. */
  created: number;
  /** Rows whose pledge exists already (imported before, or earlier in this file). */
  duplicates: number;
  sponsorsCreated: number;
  warnings: ImportWarning[];
}

type KnownSponsor = { id: number; kind: SponsorKind; country: string };

/** A row to create, with its key and its sponsor: an id, or the name key of a sponsor to create. */
export interface PlannedRow {
  row: ImportRow;
  key: string;
  sponsor: number | string;
}

export interface ImportPlan {
  written: ImportWritten;
  rows: PlannedRow[];
  /** New sponsors by name key, as their first row names them. */
  newSponsors: Map<string, ImportRow>;
}

/** What the import would write, from the campaign's sponsors and earlier import keys. */
export function planImport(db: Reader, campaignId: number, rows: readonly ImportRow[]): ImportPlan {
  const sponsorByKey = sponsorsByNameKey(db, campaignId);
  const importedKeys = new Set(
    db
      .select({ key: pledges.idempotencyKey })
      .from(pledges)
      .where(and(eq(pledges.campaignId, campaignId), like(pledges.idempotencyKey, "import:%")))
      .all()
      .map((p) => p.key),
  );
  const plan: ImportPlan = {
    written: { created: 0, duplicates: 0, sponsorsCreated: 0, warnings: [] },
    rows: [],
    newSponsors: new Map(),
  };
  const { written } = plan;
  for (const row of rows) {
    const key = importKeyOf(row);
    if (importedKeys.has(key)) {
      written.duplicates += 1;
      continue;
    }
    importedKeys.add(key);
    const known = sponsorByKey.get(row.nameKey);
    if (known) {
      written.warnings.push(...differences(row, known));
    } else {
      // Created by this row: later rows of the same name are checked against it.
      sponsorByKey.set(row.nameKey, { id: 0, kind: row.kind, country: row.country });
      plan.newSponsors.set(row.nameKey, row);
      written.sponsorsCreated += 1;
    }
    plan.rows.push({ row, key, sponsor: known && known.id !== 0 ? known.id : row.nameKey });
    written.created += 1;
  }
  return plan;
}

/** The answer of an import whose rows were all valid: the plan's or the write's counts. */
export function importResult(checked: CheckedSheet, written: ImportWritten, dryRun: boolean): ImportResult {
  const { warnings, ...counts } = written;
  return { ...counts, rows: checked.rowCount, dryRun, warnings: [...checked.warnings, ...warnings], errors: [] };
}

/** Plans and writes the rows inside the caller's transaction. */
export function writeImportRows(w: Write, actor: Actor, campaignId: number, rows: readonly ImportRow[]): ImportWritten {
  const plan = planImport(w.tx, campaignId, rows);
  writePlannedRows(w, actor, campaignId, plan);
  return plan.written;
}

/**
 * The campaign's sponsors by name key. A sponsor merged into another keeps its name: a row
 * with that name goes to the sponsor it was merged into, unless a live sponsor has the name.
 */
function sponsorsByNameKey(db: Reader, campaignId: number): Map<string, KnownSponsor> {
  const all = db
    .select({
      id: sponsors.id,
      nameKey: sponsors.nameKey,
      kind: sponsors.kind,
      country: sponsors.country,
      mergedIntoId: sponsors.mergedIntoId,
    })
    .from(sponsors)
    .where(eq(sponsors.campaignId, campaignId))
    .orderBy(asc(sponsors.id))
    .all();
  const byId = new Map(all.map((s) => [s.id, s]));
  const live = (s: (typeof all)[number]) => {
    for (let hops = 0; s.mergedIntoId !== null && hops < all.length; hops++) s = byId.get(s.mergedIntoId) ?? s;
    return s.mergedIntoId === null ? s : undefined;
  };
  const byKey = new Map<string, KnownSponsor>();
  for (const s of all) if (s.mergedIntoId === null && !byKey.has(s.nameKey)) byKey.set(s.nameKey, s);
  for (const s of all) {
    const target = s.mergedIntoId !== null && !byKey.has(s.nameKey) ? live(s) : undefined;
    if (target) byKey.set(s.nameKey, target);
  }
  return byKey;
}

/** The sponsor is kept as it is; the row says so where it sees it differently. */
function differences(row: ImportRow, sponsor: KnownSponsor): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  if (sponsor.kind !== row.kind) {
    const message = `the sponsor "${row.name}" exists as ${sponsor.kind}; it is kept so, the row says ${row.kind}`;
    warnings.push({ line: row.line, field: "kind", code: "kind_differs", value: row.kind, message });
  }
  if (sponsor.country !== row.country) {
    const message = `the sponsor "${row.name}" exists with country ${sponsor.country}; it is kept so, the row says ${row.country}`;
    warnings.push({ line: row.line, field: "country", code: "country_differs", value: row.country, message });
  }
  return warnings;
}

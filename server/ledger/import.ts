// Writing an import's checked rows: a sponsor per new name, a pledge per row, all or nothing
// (the ledger runs it in one write). A dry run does the same writes and rolls them back, so
// its counts are exact. Each row's key comes from its content, so a file imported again, or
// a row repeated within it, creates nothing.
import { and, asc, eq, like } from "drizzle-orm";
import { pledges, sponsors } from "../../db/schema";
import type { SponsorKind } from "../domain/codes";
import { importKeyOf } from "../import/key";
import type { ImportRow, ImportWarning } from "../import/types";
import { createPledge, setPledgeStatus, type Actor } from "./pledges";
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

/** The campaign's sponsors and earlier import keys are read once, so a row costs its inserts. */
export function writeImportRows(w: Write, actor: Actor, campaignId: number, rows: readonly ImportRow[]): ImportWritten {
  const sponsorByKey = sponsorsByNameKey(w, campaignId);
  const importedKeys = new Set(
    w.tx
      .select({ key: pledges.idempotencyKey })
      .from(pledges)
      .where(and(eq(pledges.campaignId, campaignId), like(pledges.idempotencyKey, "import:%")))
      .all()
      .map((p) => p.key),
  );
  const written: ImportWritten = { created: 0, duplicates: 0, sponsorsCreated: 0, warnings: [] };
  for (const row of rows) {
    const idempotencyKey = importKeyOf(row);
    if (importedKeys.has(idempotencyKey)) {
      written.duplicates += 1;
      continue;
    }
    importedKeys.add(idempotencyKey);
    let sponsor = sponsorByKey.get(row.nameKey);
    if (sponsor) {
      written.warnings.push(...differences(row, sponsor));
    } else {
      sponsor = w.tx
        .insert(sponsors)
        .values({
          campaignId,
          name: row.name,
          nameKey: row.nameKey,
          kind: row.kind,
          country: row.country,
          listing: "hidden",
          createdAt: actor.now.getTime(),
        })
        .returning({ id: sponsors.id, kind: sponsors.kind, country: sponsors.country })
        .get();
      sponsorByKey.set(row.nameKey, sponsor);
      written.sponsorsCreated += 1;
    }
    createRowPledge(w, actor, campaignId, sponsor.id, row, idempotencyKey);
    written.created += 1;
  }
  return written;
}

/**
 * The campaign's sponsors by name key. A sponsor merged into another keeps its name: a row
 * with that name goes to the sponsor it was merged into, unless a live sponsor has the name.
 */
function sponsorsByNameKey(w: Write, campaignId: number): Map<string, KnownSponsor> {
  const all = w.tx
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

/** A withdrawn row is created as an intent and withdrawn on the same day; paid is created paid. */
function createRowPledge(
  w: Write,
  actor: Actor,
  campaignId: number,
  sponsorId: number,
  row: ImportRow,
  idempotencyKey: string,
): void {
  const inKind = row.type === "in_kind";
  const pledge = createPledge(w, actor, {
    campaignId,
    sponsorId,
    amountCents: row.amountCents,
    type: row.type,
    status: row.status === "withdrawn" ? "intent" : row.status,
    pledgedAt: row.date,
    // An in-kind row's note is its description (the row checks made sure there is one).
    description: inKind ? (row.note ?? undefined) : undefined,
    note: inKind ? undefined : (row.note ?? undefined),
    idempotencyKey,
  });
  if (row.status === "withdrawn") {
    const allowed = () => undefined; // the caller may write to this campaign: checked before the import
    const withdraw = {
      pledgeId: pledge.id,
      status: "withdrawn" as const,
      expectedVersion: pledge.version,
      at: row.date,
      reason: "imported as withdrawn",
    };
    setPledgeStatus(w, actor, withdraw, allowed);
  }
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

// pledge.importCsv and pledge.importFile (CONTRACT.md "Import format"): read the file
// (server/import, no database), check every row, then write all rows in one transaction
// or none. A dry run does the same writes and rolls them back, so its counts are exact.
import { and, asc, eq, like } from "drizzle-orm";
import { z } from "zod";
import { pledges, sponsors, type SponsorKind } from "../../db/schema";
import type { Db } from "../../db/open";
import { campaignFor } from "../access";
import { berlinDay } from "../domain/dates";
import { createPledge, setPledgeStatus, type Actor } from "../ledger/pledges";
import { decodeCsvBytes, readCsv } from "../import/csv";
import { importKeyOf } from "../import/key";
import { checkSheet } from "../import/rows";
import type { ImportProblem, ImportRow, ImportWarning, Sheet } from "../import/types";
import { readXlsx } from "../import/xlsx";
import { staffProcedure } from "../trpc";
import { id } from "../validation";

/** The HTTP body of an import may be 32 MiB (server/app.ts); no text in it can be longer. */
const MAX_CONTENT_CHARS = 32 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const importCsvInput = z.object({ campaignId: id, csv: z.string().max(MAX_CONTENT_CHARS), dryRun: z.boolean() });

const importFileInput = z.object({
  campaignId: id,
  filename: z.string().trim().min(1).max(255).regex(/\.(csv|xlsx)$/i, { message: "Expected a .csv or .xlsx file (save an .xls as .xlsx)" }),
  contentBase64: z
    .string()
    .max(MAX_CONTENT_CHARS)
    .transform((text) => text.replace(/\s+/g, ""))
    .refine((text) => text.length % 4 === 0 && BASE64.test(text), { message: "Expected the file's content in base64" }),
  dryRun: z.boolean(),
});

export interface ImportResult {
  /** Data rows in the file. */
  rows: number;
  /** Pledges created; on a dry run, the pledges that would be created. */
  created: number;
  /** Rows whose pledge exists already (imported before, or earlier in this file). */
  duplicates: number;
  sponsorsCreated: number;
  dryRun: boolean;
  warnings: ImportWarning[];
  errors: ImportProblem[];
}

type ImportCtx = { db: Db; user: { id: number }; now: () => Date };

/** Organiser, admin: pledges (and new sponsors) from CSV text; all rows or, if any is bad, none. */
export const importCsv = staffProcedure.input(importCsvInput).mutation(({ ctx, input }) => {
  const { campaign } = campaignFor(ctx.db, ctx.user, input.campaignId, "write");
  return importSheet(ctx, campaign.id, readCsv(input.csv), input.dryRun);
});

/** Organiser, admin: as importCsv, from an .xlsx or a CSV file (UTF-8 or Windows-1252) in base64. */
export const importFile = staffProcedure.input(importFileInput).mutation(async ({ ctx, input }) => {
  const { campaign } = campaignFor(ctx.db, ctx.user, input.campaignId, "write");
  const bytes = Buffer.from(input.contentBase64, "base64");
  const sheet = /\.xlsx$/i.test(input.filename) ? await readXlsx(bytes) : readCsv(decodeCsvBytes(bytes));
  return importSheet(ctx, campaign.id, sheet, input.dryRun);
});

/** Thrown inside a dry run's transaction so that everything it wrote is rolled back. */
const DRY_RUN_ROLLBACK = Symbol("dry run rollback");

function importSheet(ctx: ImportCtx, campaignId: number, sheet: Sheet, dryRun: boolean): ImportResult {
  const empty = { created: 0, duplicates: 0, sponsorsCreated: 0, dryRun };
  if (!sheet.ok) return { ...empty, rows: 0, warnings: [], errors: [sheet.problem] };
  const now = ctx.now();
  const checked = checkSheet(sheet.rows, berlinDay(now));
  if (checked.errors.length > 0) return { ...empty, rows: checked.rowCount, warnings: checked.warnings, errors: checked.errors };
  let written: Written | undefined;
  try {
    ctx.db.transaction(() => {
      written = writeRows(ctx.db, campaignId, checked.rows, { userId: ctx.user.id, now });
      if (dryRun) throw DRY_RUN_ROLLBACK;
    });
  } catch (error) {
    if (error !== DRY_RUN_ROLLBACK) throw error;
  }
  const { warnings, ...counts } = written!;
  return { ...counts, rows: checked.rowCount, dryRun, warnings: [...checked.warnings, ...warnings], errors: [] };
}

interface Written {
  created: number;
  duplicates: number;
  sponsorsCreated: number;
  warnings: ImportWarning[];
}

type KnownSponsor = { id: number; kind: SponsorKind; country: string };

/**
 * Inside the caller's transaction (createPledge's own transactions become savepoints).
 * The campaign's sponsors and earlier import keys are read once, so a row costs its inserts.
 */
function writeRows(db: Db, campaignId: number, rows: ImportRow[], actor: Actor): Written {
  const sponsorByKey = sponsorsByNameKey(db, campaignId);
  const importedKeys = new Set(
    db.select({ key: pledges.idempotencyKey }).from(pledges)
      .where(and(eq(pledges.campaignId, campaignId), like(pledges.idempotencyKey, "import:%"))).all()
      .map((p) => p.key),
  );
  const written: Written = { created: 0, duplicates: 0, sponsorsCreated: 0, warnings: [] };
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
      sponsor = db.insert(sponsors).values({ campaignId, name: row.name, nameKey: row.nameKey, kind: row.kind, country: row.country, listing: "hidden", createdAt: actor.now.getTime() })
        .returning({ id: sponsors.id, kind: sponsors.kind, country: sponsors.country }).get();
      sponsorByKey.set(row.nameKey, sponsor);
      written.sponsorsCreated += 1;
    }
    createRowPledge(db, actor, campaignId, sponsor.id, row, idempotencyKey);
    written.created += 1;
  }
  return written;
}

/**
 * The campaign's sponsors by name key. A sponsor merged into another keeps its name: a row
 * with that name goes to the sponsor it was merged into, unless a live sponsor has the name.
 */
function sponsorsByNameKey(db: Db, campaignId: number): Map<string, KnownSponsor> {
  const all = db.select({ id: sponsors.id, nameKey: sponsors.nameKey, kind: sponsors.kind, country: sponsors.country, mergedIntoId: sponsors.mergedIntoId })
    .from(sponsors).where(eq(sponsors.campaignId, campaignId)).orderBy(asc(sponsors.id)).all();
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
function createRowPledge(db: Db, actor: Actor, campaignId: number, sponsorId: number, row: ImportRow, idempotencyKey: string): void {
  const inKind = row.type === "in_kind";
  const pledge = createPledge(db, actor, {
    campaignId, sponsorId, amountCents: row.amountCents, type: row.type, status: row.status === "withdrawn" ? "intent" : row.status,
    pledgedAt: row.date, description: inKind ? row.note! : undefined, note: inKind ? undefined : row.note ?? undefined, idempotencyKey,
  });
  if (row.status === "withdrawn") {
    const allowed = () => undefined; // the caller may write to this campaign: checked before the import
    setPledgeStatus(db, actor, { pledgeId: pledge.id, status: "withdrawn", expectedVersion: pledge.version, at: row.date, reason: "imported as withdrawn" }, allowed);
  }
}

/** The sponsor is kept as it is; the row says so where it sees it differently. */
function differences(row: ImportRow, sponsor: KnownSponsor): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  if (sponsor.kind !== row.kind) {
    warnings.push({ line: row.line, field: "kind", code: "kind_differs", value: row.kind, message: `the sponsor "${row.name}" exists as ${sponsor.kind}; it is kept so, the row says ${row.kind}` });
  }
  if (sponsor.country !== row.country) {
    warnings.push({ line: row.line, field: "country", code: "country_differs", value: row.country, message: `the sponsor "${row.name}" exists with country ${sponsor.country}; it is kept so, the row says ${row.country}` });
  }
  return warnings;
}

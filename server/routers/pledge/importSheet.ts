// What both imports do once the file is rows (CONTRACT.md "Import format"): check every row
// (server/import, no database), then let the ledger write all rows in one transaction or none.
import type { Context } from "../../context";
import type { SessionUser } from "../../auth/sessions";
import { berlinDay } from "../../domain/dates";
import { checkRowDates, checkSheet } from "../../import/rows";
import type { Campaign } from "../../../db/schema";
import type { ImportProblem, ImportWarning, Sheet } from "../../import/types";

/** The HTTP body of an import may be 32 MiB (server/app.ts); no text in it can be longer. */
export const MAX_CONTENT_CHARS = 32 * 1024 * 1024;

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

export async function importSheet(
  ctx: Context & { user: SessionUser },
  campaign: Campaign,
  sheet: Sheet,
  dryRun: boolean,
): Promise<ImportResult> {
  const empty = { created: 0, duplicates: 0, sponsorsCreated: 0, dryRun };
  if (!sheet.ok) return { ...empty, rows: 0, warnings: [], errors: [sheet.problem] };
  const now = ctx.now();
  const checked = checkSheet(sheet.rows, berlinDay(now));
  checked.errors.push(...checkRowDates(checked.rows, campaign));
  if (checked.errors.length > 0)
    return { ...empty, rows: checked.rowCount, warnings: checked.warnings, errors: checked.errors };
  const { warnings, ...counts } = await ctx.services.ledger.importRows(
    { userId: ctx.user.id, now },
    campaign.id,
    checked.rows,
    dryRun,
  );
  return { ...counts, rows: checked.rowCount, dryRun, warnings: [...checked.warnings, ...warnings], errors: [] };
}

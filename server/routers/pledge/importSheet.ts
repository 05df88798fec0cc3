// What both imports do once the caller may import: the ledger reads and checks the file
// (CONTRACT.md "Import format") and writes all rows in one transaction or none; large files
// in a worker thread, so the server goes on answering meanwhile (ledger/importJob.ts).
import type { Campaign } from "../../../db/schema";
import type { SessionUser } from "../../auth/sessions";
import type { Context } from "../../context";
import { berlinDay } from "../../domain/dates";
import type { ImportSource } from "../../import/check";
import { MAX_IMPORT_JSON_BYTES } from "../../import/limits";
import type { ImportResult } from "../../import/types";

export type { ImportResult };

/** The HTTP body of an import may be 16 MiB (server/http/bodyLimit.ts); no text in it can be longer. */
export const MAX_CONTENT_CHARS = MAX_IMPORT_JSON_BYTES;

export function importSheet(
  ctx: Context & { user: SessionUser },
  campaign: Campaign,
  source: ImportSource,
  dryRun: boolean,
): Promise<ImportResult> {
  const now = ctx.now();
  return ctx.services.ledger.importFile({
    source,
    campaign,
    today: berlinDay(now),
    actor: { userId: ctx.user.id, now },
    dryRun,
  });
}

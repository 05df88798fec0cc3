// Rebuilds a migration asked for (db/schema.ts pending_figure_rebuilds): when a new figure
// column cannot be filled in SQL (the VAT of sponsoring needs each pledge's replay), the
// migration lists the campaigns and the ledger rebuilds them from their events when it starts.
import { eq } from "drizzle-orm";
import type { Db } from "../../db/open";
import { pendingFigureRebuilds } from "../../db/schema";
import { rebuildFigures } from "./rebuild";
import type { LedgerStatements } from "./statements";
import type { ChangeFeed } from "../live/changeFeed";

/** One transaction per campaign: its rebuild and the removal of its request, or neither. */
export function runPendingRebuilds(db: Db, statements: LedgerStatements, feed: ChangeFeed, now: Date): number {
  const pending = db.select().from(pendingFigureRebuilds).all();
  for (const { campaignId } of pending)
    db.transaction((tx) => {
      rebuildFigures({ tx, statements, feed }, campaignId, now.getTime());
      tx.delete(pendingFigureRebuilds).where(eq(pendingFigureRebuilds.campaignId, campaignId)).run();
    });
  return pending.length;
}

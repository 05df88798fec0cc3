// What a write inside the ledger works with: its transaction, the prepared statements, and
// the feed it tells which campaigns it touches.
import type { Tx } from "../../db/open";
import type { ChangeFeed } from "../live/changeFeed";
import type { LedgerStatements } from "./statements";

export interface Write {
  tx: Tx;
  statements: LedgerStatements;
  feed: ChangeFeed;
}

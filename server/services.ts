// What lives once per database, built at start-up and carried on every request's context:
// the ledger (with its writer and prepared statements), the change feed that wakes live
// streams and the views they share, the prepared lookups of the hot path, and the throttles. Nothing of it hides in a
// module: a test builds its own services for its own database.
import type { Db } from "../db/open";
import { createLimits, type Limits } from "./auth/throttle";
import { createLedger, type Ledger } from "./ledger/ledger";
import { ChangeFeed } from "./live/changeFeed";
import { SharedViews } from "./live/sharedViews";
import { prepareLookups, type Lookups } from "./queries/lookups";

export interface Services {
  db: Db;
  ledger: Ledger;
  feed: ChangeFeed;
  /** The live figures computed once per change and view, shared by the streams showing them. */
  views: SharedViews;
  lookups: Lookups;
  limits: Limits;
  /** Whether mail is sent (SMTP_URL is set); without it mail stays queued in the outbox. */
  mailSending: boolean;
}

export function createServices(db: Db, options: { limits?: Limits; mailSending?: boolean } = {}): Services {
  const feed = new ChangeFeed();
  return {
    db,
    feed,
    views: new SharedViews(),
    ledger: createLedger(db, feed),
    lookups: prepareLookups(db),
    limits: options.limits ?? createLimits(),
    mailSending: options.mailSending ?? false,
  };
}

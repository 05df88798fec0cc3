import type { Db } from "../../db/open";

/** A better-sqlite3 transaction: synchronous, so callbacks must never be async. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Reads work the same on the database and inside a transaction. */
export type Reader = Db | Tx;

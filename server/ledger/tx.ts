import type Database from "better-sqlite3";
import type { Db } from "../../db/open";

/** A better-sqlite3 transaction: synchronous, so callbacks must never be async. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Reads work the same on the database and inside a transaction. */
export type Reader = Db | Tx;

/** The connection under a database or transaction handle (drizzle keeps it on the session). */
export function connectionOf(db: Reader): Database.Database {
  return "$client" in db ? db.$client : (db as unknown as { session: { client: Database.Database } }).session.client;
}

// Whether the database answers: /healthz asks it, so healthy means more than a running process.
import { sql } from "drizzle-orm";
import type { Reader } from "../../db/open";

export function databaseAnswers(db: Reader): boolean {
  try {
    db.get(sql`select count(*) from campaigns`);
    return true;
  } catch {
    return false;
  }
}

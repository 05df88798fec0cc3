// A sponsor-name search narrowed by the trigram index (sponsor_name_search, migration 0017):
// a search for one sponsor among 100,000 reads that sponsor's rows instead of testing every
// name. The index only narrows: callers still apply the list's own LIKE, so answers match it.
import { sql, type SQL } from "drizzle-orm";
import type { Reader } from "../../db/open";

/** Above this many candidates, walking them costs more than testing every name once. */
const MANY_CANDIDATES = 2_000;

/** The search as one FTS5 phrase of the lower-cased text: quotes doubled, no query syntax. */
export const searchPhrase = (search: string) => `"${search.toLocaleLowerCase("de-DE").replaceAll('"', '""')}"`;

/** Whether the trigram index narrows the search to a few sponsors (it needs three characters). */
export function fewCandidates(db: Reader, search: string): boolean {
  // FTS5 reads a query up to a NUL and then finds its phrase unterminated: such a search is
  // left to the LIKE over every name, which takes any character.
  if ([...search].length < 3 || search.includes("\u0000")) return false;
  const row = db.get<{ n: number }>(
    sql`select count(*) as n from (select rowid from sponsor_name_search
      where sponsor_name_search match ${searchPhrase(search)} limit ${MANY_CANDIDATES + 1})`,
  );
  return (row?.n ?? 0) <= MANY_CANDIDATES;
}

/** The ids of the sponsors whose names may hold the search, as a subquery. */
export const candidateSponsorIds = (search: string): SQL =>
  sql`(select rowid from sponsor_name_search where sponsor_name_search match ${searchPhrase(search)})`;

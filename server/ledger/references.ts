// Pledge references (domain/reference.ts) as the ledger gives them out: each campaign counts
// its pledges in `last_reference_number`, inside the write that creates them, so two pledges
// never get one number, and a number is taken only if the write commits. A campaign without
// a prefix (written before references existed, or straight into the database) gets one from
// its name on its first pledge.
import type Database from "better-sqlite3";
import { formatReference, freePrefix, prefixFromName } from "../domain/reference";

export function prepareReferenceStatements(client: Database.Database) {
  const taken = client.prepare("SELECT 1 FROM campaigns WHERE reference_prefix = ? AND id != ?");
  const current = client.prepare("SELECT name, reference_prefix AS prefix FROM campaigns WHERE id = ?");
  const setPrefix = client.prepare("UPDATE campaigns SET reference_prefix = ? WHERE id = ?");
  const count = client.prepare(
    "UPDATE campaigns SET last_reference_number = last_reference_number + ? WHERE id = ? RETURNING last_reference_number AS last",
  );

  /** Whether a campaign other than `exceptCampaignId` has the prefix. */
  const prefixTaken = (prefix: string, exceptCampaignId = 0) => taken.get(prefix, exceptCampaignId) !== undefined;

  const prefixOf = (campaignId: number): string => {
    const row = current.get(campaignId) as { name: string; prefix: string | null } | undefined;
    if (!row) throw new Error(`no campaign ${campaignId}`);
    if (row.prefix) return row.prefix;
    const prefix = freePrefix(prefixFromName(row.name), (p) => prefixTaken(p, campaignId));
    setPrefix.run(prefix, campaignId);
    return prefix;
  };

  return {
    prefixTaken,
    /** The free prefix nearest to `wanted` (a new campaign's, from its name). */
    freePrefix: (wanted: string) => freePrefix(wanted, (p) => prefixTaken(p)),
    /** `n` new references of the campaign, in order (an import takes one per row). */
    take(campaignId: number, n: number): string[] {
      if (n === 0) return [];
      const prefix = prefixOf(campaignId);
      const { last } = count.get(n, campaignId) as { last: number };
      return Array.from({ length: n }, (_, i) => formatReference(prefix, last - n + 1 + i));
    },
  };
}

export type ReferenceStatements = ReturnType<typeof prepareReferenceStatements>;

/**
 * Pledges without a reference get theirs, in the order they were created: those written
 * before references existed, and rows written straight into the database. Run when the
 * ledger starts; nothing to do costs one indexed lookup.
 */
export function assignMissingReferences(client: Database.Database): void {
  if (!client.prepare("SELECT 1 FROM pledges WHERE reference IS NULL LIMIT 1").get()) return;
  const references = prepareReferenceStatements(client);
  const campaignIds = client.prepare("SELECT DISTINCT campaign_id FROM pledges WHERE reference IS NULL").pluck().all();
  const missing = client
    .prepare("SELECT id FROM pledges WHERE campaign_id = ? AND reference IS NULL ORDER BY id")
    .pluck();
  const set = client.prepare("UPDATE pledges SET reference = ? WHERE id = ?");
  client.transaction(() => {
    for (const campaignId of campaignIds as number[]) {
      const ids = missing.all(campaignId) as number[];
      const given = references.take(campaignId, ids.length);
      for (const [i, pledgeId] of ids.entries()) set.run(given[i], pledgeId);
    }
  })();
}

// A pledge for a sponsor not yet in the campaign: both are created in the one write the ledger
// opened, so a refused pledge (a bad date, an unusual date not yet accepted) leaves no sponsor
// behind. The pledge form used to create the sponsor first, in a call of its own.
import type { Pledge } from "../../db/schema";
import { type Actor, type CreatePledgeInput, createPledge } from "./pledges";
import { createSponsor, type SponsorFields } from "./sponsors";
import type { Write } from "./tx";

export function createPledgeWithSponsor(
  w: Write,
  actor: Actor,
  input: Omit<CreatePledgeInput, "sponsorId">,
  sponsor: SponsorFields,
): Pledge {
  // A retry after a lost answer: the first call created both; answer its pledge (or refuse
  // other input under the same key) instead of refusing the sponsor's name as taken.
  if (input.idempotencyKey) {
    const earlier = w.statements.byIdempotencyKey.get({
      campaignId: input.campaignId,
      idempotencyKey: input.idempotencyKey,
    });
    if (earlier) return createPledge(w, actor, { ...input, sponsorId: earlier.sponsorId });
  }
  const created = createSponsor(w, actor, input.campaignId, sponsor);
  return createPledge(w, actor, { ...input, sponsorId: created.id });
}

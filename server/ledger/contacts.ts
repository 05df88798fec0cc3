// The follow-up of a sponsor: each time an organiser was in touch (a call, an e-mail, a
// meeting, a letter) is appended to its contact log, and may set when to get in touch next,
// in the same transaction. The log is never changed afterwards.
import { eq } from "drizzle-orm";
import { sponsorContacts, sponsors, type SponsorContact } from "../../db/schema";
import type { ContactChannel } from "../domain/codes";
import { notFound } from "../domain/errors";
import type { Actor } from "./pledges";
import type { Write } from "./tx";

export interface ContactInput {
  sponsorId: number;
  /** The business day of the contact. */
  at: string;
  channel: ContactChannel;
  note?: string | null;
  /** When to get in touch next; null clears it, absent leaves it. */
  nextContactOn?: string | null;
}

export function logContact(w: Write, actor: Actor, input: ContactInput): SponsorContact {
  const sponsor = w.tx.select().from(sponsors).where(eq(sponsors.id, input.sponsorId)).get();
  if (!sponsor || sponsor.mergedIntoId !== null) throw notFound("sponsor");
  if (input.nextContactOn !== undefined) {
    w.tx
      .update(sponsors)
      .set({ nextContactOn: input.nextContactOn, version: sponsor.version + 1 })
      .where(eq(sponsors.id, sponsor.id))
      .run();
  }
  return w.tx
    .insert(sponsorContacts)
    .values({
      campaignId: sponsor.campaignId,
      sponsorId: sponsor.id,
      at: input.at,
      channel: input.channel,
      note: input.note ?? null,
      createdAt: actor.now.getTime(),
      createdBy: actor.userId,
    })
    .returning()
    .get();
}

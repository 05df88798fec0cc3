// Reads of the follow-up: a sponsor's contact log, and an organiser's call list — their
// sponsors whose next contact is due, oldest first, with what is still only an intent.
import { sql } from "drizzle-orm";
import type { Reader } from "../../db/open";
import type { ContactChannel, SponsorKind } from "../domain/codes";

export interface ContactEntry {
  id: number;
  sponsorId: number;
  at: string;
  channel: ContactChannel;
  note: string | null;
  createdAt: number;
  createdByName: string | null;
}

/** The sponsor's contacts, newest first. */
export function contactsOf(db: Reader, sponsorId: number, limit = 200): ContactEntry[] {
  return db.all<ContactEntry>(sql`
    select c.id, c.sponsor_id as sponsorId, c.at, c.channel, c.note, c.created_at as createdAt, u.name as createdByName
    from sponsor_contacts c left join users u on u.id = c.created_by
    where c.sponsor_id = ${sponsorId}
    order by c.at desc, c.id desc
    limit ${limit}`);
}

export interface CallListEntry {
  sponsorId: number;
  name: string;
  kind: SponsorKind;
  contactName: string | null;
  contactEmail: string | null;
  nextContactOn: string;
  lastContact: { at: string; channel: ContactChannel; note: string | null } | null;
  openIntents: { pledgeId: number; reference: string | null; amountCents: number; pledgedAt: string }[];
  openIntentCents: number;
}

/** The owner's live sponsors whose next contact is on or before `today`, the longest due first. */
export function callList(db: Reader, campaignId: number, ownerUserId: number, today: string): CallListEntry[] {
  const due = db.all<Omit<CallListEntry, "lastContact" | "openIntents" | "openIntentCents">>(sql`
    select id as sponsorId, name, kind, contact_name as contactName, contact_email as contactEmail,
      next_contact_on as nextContactOn
    from sponsors
    where campaign_id = ${campaignId} and owner_user_id = ${ownerUserId} and merged_into_id is null
      and next_contact_on is not null and next_contact_on <= ${today}
    order by next_contact_on asc, name asc
    limit 500`);
  return due.map((sponsor) => {
    const last = db.get<{ at: string; channel: ContactChannel; note: string | null } | undefined>(sql`
      select at, channel, note from sponsor_contacts where sponsor_id = ${sponsor.sponsorId}
      order by at desc, id desc limit 1`);
    const openIntents = db.all<CallListEntry["openIntents"][number]>(sql`
      select id as pledgeId, reference, amount_cents as amountCents, pledged_at as pledgedAt
      from pledges where sponsor_id = ${sponsor.sponsorId} and status = 'intent'
      order by pledged_at asc, id asc`);
    return {
      ...sponsor,
      lastContact: last ?? null,
      openIntents,
      openIntentCents: openIntents.reduce((sum, p) => sum + p.amountCents, 0),
    };
  });
}

// What the API returns for each row, per audience. Every view is built from an allow-list of
// fields: a column added to a table reaches nobody until it is named here, and a sponsor or
// committee member gets only the fields on its own list. Record times become ISO instants.
import type { Campaign, Pledge, PledgeEvent, Sponsor, StatePaymentRow } from "../../db/schema";
import type { Listing, PledgeStatus, PledgeType } from "../domain/codes";
import type { CampaignRole, OverviewViewer, StaffRole, Viewer } from "../access";
import { hundredthsToRatio } from "../domain/match";
import { overallSummary, type Summary } from "../domain/summary";

const iso = (ms: number) => new Date(ms).toISOString();

/** The listed fields of a row, and nothing else. */
function pick<T extends object, K extends keyof T>(row: T, fields: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const field of fields) out[field] = row[field];
  return out;
}

/** A sponsor's fields for each audience. */
export const SPONSOR_FIELDS = {
  /** Organisers and admins: the whole record but the matching key. */
  staff: [
    "id",
    "campaignId",
    "name",
    "kind",
    "country",
    "sector",
    "vatId",
    "membershipType",
    "contactName",
    "contactEmail",
    "address",
    "listing",
    "notes",
    "ownerUserId",
    "nextContactOn",
    "mergedIntoId",
    "version",
  ],
  /** The steering committee: no contact person (DOMAIN.md "Who uses it"). */
  committee: [
    "id",
    "campaignId",
    "name",
    "kind",
    "country",
    "sector",
    "vatId",
    "membershipType",
    "listing",
    "notes",
    "ownerUserId",
    "nextContactOn",
    "mergedIntoId",
    "version",
  ],
  /** The sponsor itself: its own record and contact person, not the organisers' notes. */
  sponsor: [
    "id",
    "campaignId",
    "name",
    "kind",
    "country",
    "sector",
    "vatId",
    "membershipType",
    "contactName",
    "contactEmail",
    "address",
    "listing",
    "version",
  ],
} as const satisfies Record<string, readonly (keyof Sponsor)[]>;

/** A pledge's fields for each audience. */
export const PLEDGE_FIELDS = {
  staff: [
    "id",
    "reference",
    "campaignId",
    "sponsorId",
    "amountCents",
    "receivedCents",
    "type",
    "status",
    "pledgedAt",
    "conditional",
    "description",
    "raisedBySponsorId",
    "raisedByName",
    "note",
    "idempotencyKey",
    "contribution",
    "vatRatePercent",
    "waivesReimbursement",
    "version",
  ],
  /** The sponsor's own pledge: the organisers' internal note and import key stay with them. */
  sponsor: [
    "id",
    "reference",
    "campaignId",
    "sponsorId",
    "amountCents",
    "receivedCents",
    "type",
    "status",
    "pledgedAt",
    "conditional",
    "description",
    "raisedBySponsorId",
    "raisedByName",
    "contribution",
    "vatRatePercent",
    "waivesReimbursement",
    "version",
  ],
} as const satisfies Record<string, readonly (keyof Pledge)[]>;

/** A history entry's fields for each audience; `changes` is filtered by the pledge fields. */
export const EVENT_FIELDS = {
  staff: [
    "id",
    "campaignId",
    "pledgeId",
    "kind",
    "at",
    "userId",
    "statusBefore",
    "statusAfter",
    "amountBeforeCents",
    "amountAfterCents",
    "typeBefore",
    "typeAfter",
    "receivedBeforeCents",
    "receivedAfterCents",
    "paymentId",
    "reason",
    "undoesEventId",
  ],
  /** A sponsor sees what changed and when: not who typed it, nor the organisers' reasons. */
  sponsor: [
    "id",
    "campaignId",
    "pledgeId",
    "kind",
    "at",
    "statusBefore",
    "statusAfter",
    "amountBeforeCents",
    "amountAfterCents",
    "typeBefore",
    "typeAfter",
    "receivedBeforeCents",
    "receivedAfterCents",
    "paymentId",
    "undoesEventId",
  ],
} as const satisfies Record<string, readonly (keyof PledgeEvent)[]>;

/**
 * Changed fields a sponsor may see in its pledge's history: its own fields and its schedule,
 * not which other sponsor the pledge was booked to before.
 */
const SPONSOR_CHANGE_FIELDS = new Set<string>(
  [...PLEDGE_FIELDS.sponsor, "schedule"].filter((field) => field !== "sponsorId"),
);

/**
 * A campaign's settings. A funder gets the same shape without the campaign's bank account,
 * its sender (a contact person) and its reminder settings: no contact data, nothing it needs.
 */
export function campaignView(c: Campaign, role: CampaignRole | "sponsor") {
  const view = campaignSettingsView(c, role);
  if (role !== "funder") return view;
  return {
    ...view,
    bankAccount: null,
    sender: null,
    reminders: { intentAfterDays: null, installmentBeforeDays: null, overdueAfterDays: null },
  };
}

function campaignSettingsView(c: Campaign, role: CampaignRole | "sponsor") {
  return {
    id: c.id,
    name: c.name,
    region: c.region,
    targetCents: c.targetCents,
    matchRatio: hundredthsToRatio(c.matchRatioHundredths),
    matchCapCents: c.matchCapCents,
    matchStart: c.matchStart,
    matchYears: c.matchYears,
    windowStart: c.windowStart,
    deadline: c.deadline,
    applicationStatus: c.applicationStatus,
    inKindSharePercent: c.inKindSharePercent,
    rules: {
      minSponsors: c.minSponsors,
      maxPublicSharePercent: c.maxPublicShareBasisPoints === null ? null : c.maxPublicShareBasisPoints / 100,
    },
    publicPage: c.publicPage,
    holidayRegion: c.holidayRegion,
    referencePrefix: c.referencePrefix,
    bankAccount: c.bankIban ? { holder: c.bankHolder ?? "", iban: c.bankIban, bic: c.bankBic } : null,
    sender: c.senderName
      ? {
          name: c.senderName,
          address: c.senderAddress ?? "",
          contactName: c.senderContactName,
          contactEmail: c.senderContactEmail,
          logoAttachmentId: c.senderLogoAttachmentId,
        }
      : null,
    issuer: c.issuer ?? null,
    reminders: {
      intentAfterDays: c.reminderIntentAfterDays,
      installmentBeforeDays: c.reminderInstallmentBeforeDays,
      overdueAfterDays: c.reminderOverdueAfterDays,
    },
    /** The state's grant once approved (null before), and the share of it held back until the proof of use. */
    grantCents: c.grantCents,
    retentionPercent: c.retentionPercent,
    version: c.version,
    createdAt: iso(c.createdAt),
    role,
  };
}

/** Organisers and admins: the sponsor record, with when it opted out of payment reminders through its link (null: it gets them). */
export function sponsorView(s: Sponsor) {
  return {
    ...pick(s, SPONSOR_FIELDS.staff),
    remindersOptedOutAt: s.remindersOptedOutAt === null ? null : iso(s.remindersOptedOutAt),
    createdAt: iso(s.createdAt),
  };
}

/**
 * The sponsor record as a campaign role may see it: the committee without the contact
 * person and its mail preference. Those fields stay in the shape, as null, so every staff
 * screen reads one type.
 */
export function sponsorViewFor(s: Sponsor, role: StaffRole) {
  if (role !== "committee") return sponsorView(s);
  return {
    ...pick(s, SPONSOR_FIELDS.committee),
    contactName: null,
    contactEmail: null,
    remindersOptedOutAt: null,
    createdAt: iso(s.createdAt),
  };
}

/** The signed-in sponsor's own record (portal). */
export function ownSponsorView(s: Sponsor) {
  return { ...pick(s, SPONSOR_FIELDS.sponsor), createdAt: iso(s.createdAt) };
}

export function pledgeView(p: Pledge) {
  return { ...pick(p, PLEDGE_FIELDS.staff), createdAt: iso(p.createdAt) };
}

/**
 * A sponsor's own pledge. `note` and `idempotencyKey` stay in the shape, as null, so the
 * pledge list has one row type for every viewer.
 */
export function sponsorPledgeView(p: Pledge) {
  return { ...pick(p, PLEDGE_FIELDS.sponsor), note: null, idempotencyKey: null, createdAt: iso(p.createdAt) };
}

type Changes = Record<string, [unknown, unknown]>;

/** A history entry as the viewer may see it; `changes` is parsed, a sponsor's filtered. */
export function eventView(event: PledgeEvent, viewer: Viewer, userName: string | null) {
  if (viewer.kind === "staff") {
    return {
      ...pick(event, EVENT_FIELDS.staff),
      userName,
      changes: event.changes,
      createdAt: iso(event.createdAt),
    };
  }
  const changes: Changes = event.changes ? JSON.parse(event.changes) : {};
  const visible = Object.entries(changes).filter(([field]) => SPONSOR_CHANGE_FIELDS.has(field));
  return {
    ...pick(event, EVENT_FIELDS.sponsor),
    userId: null,
    userName: null,
    reason: null,
    changes: visible.length > 0 ? JSON.stringify(Object.fromEntries(visible)) : null,
    createdAt: iso(event.createdAt),
  };
}

/** The summary as this viewer may see it: staff everything, a sponsor or a funder the overall figures. */
export function summaryView(summary: Summary, viewer: OverviewViewer) {
  return viewer.kind === "staff" ? summary : overallSummary(summary);
}

/** A pledge the portal's sponsor raised for another sponsor, with that sponsor's consent. */
export interface RaisedPledgeRow {
  sponsorId: number;
  sponsorName: string;
  sponsorListing: Listing;
  amountCents: number;
  countedCents: number;
  type: PledgeType;
  status: PledgeStatus;
  pledgedAt: string;
}

/**
 * "Raised through you" as the raising sponsor may see it: every pledge it raised is counted,
 * but of the other sponsors only what their public listing consents to. A sponsor listed by
 * name shows its name, one listed with amount also its amounts; hidden sponsors show only a
 * total, and only when two or more of them stand behind it, or the total would be one
 * sponsor's amount. Withdrawn pledges stay out of that total (and out of the test of two),
 * so a withdrawn pledge cannot leave one hidden sponsor's amount standing alone. No total of
 * all raised pledges either: minus the listed amounts it would be the unlisted ones' sum.
 */
export function raisedThroughView(rows: readonly RaisedPledgeRow[]) {
  const listed = rows
    .filter((r) => r.sponsorListing !== "hidden")
    .map((r) => {
      const withAmount = r.sponsorListing === "name_and_amount";
      return {
        sponsorName: r.sponsorName,
        amountCents: withAmount ? r.amountCents : null,
        countedCents: withAmount ? r.countedCents : null,
        type: r.type,
        status: r.status,
        pledgedAt: r.pledgedAt,
      };
    });
  const hidden = rows.filter((r) => r.sponsorListing === "hidden");
  const totalled = hidden.filter((r) => r.status !== "withdrawn");
  const enough = new Set(totalled.map((r) => r.sponsorId)).size >= 2;
  return {
    count: rows.length,
    listed,
    hiddenCount: hidden.length,
    hiddenTotalCents: enough ? totalled.reduce((sum, r) => sum + r.amountCents, 0) : null,
  };
}

/** A call for the state's funds or state money received, as organisers and admins entered it. */
export function statePaymentView(p: StatePaymentRow) {
  return {
    id: p.id,
    campaignId: p.campaignId,
    kind: p.kind,
    amountCents: p.amountCents,
    on: p.on,
    note: p.note,
    createdAt: iso(p.createdAt),
  };
}

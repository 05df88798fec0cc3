// Who may do what. The tiers (trpc.ts) and the plain HTTP routes ask the same questions here:
// is anyone signed in, is it staff or a sponsor, an admin; then per campaign, which role. A
// campaign the caller has no part in is NOT_FOUND (existence does not leak); a committee
// member writing is FORBIDDEN. A funder (the ministry or its agency) is denied by default: it
// may call only the procedures of FUNDER_PROCEDURES, and in its campaigns it is refused every
// need but the overview (campaignForOverview). Refusals are DomainErrors; errors.ts gives them their code.
import type { Reader } from "../db/open";
import type { Campaign, Pledge } from "../db/schema";
import type { SessionUser } from "./auth/sessions";
import type { SponsorSession } from "./auth/sponsorLinks";
import type { ApiTokenScope, CampaignRole } from "./domain/codes";
import { forbidden, notFound, unauthenticated } from "./domain/errors";
import type { Lookups } from "./queries/lookups";
import { pledgeById } from "./queries/pledges";

export type { CampaignRole };

/** Who is asking: a user, a sponsor signed in through its link, or nobody. */
export interface Who {
  user: SessionUser | null;
  sponsor: SponsorSession | null;
  /** Set when the user acts through an API token: what the token allows. */
  tokenScope?: ApiTokenScope | null;
}

/** Who reads a campaign: staff with a role, or a sponsor of that campaign. */
export type Viewer = { kind: "staff"; role: StaffRole } | { kind: "sponsor"; sponsorId: number };
/** Who reads a campaign's overall figures: a Viewer, or a funder of that campaign. */
export type OverviewViewer = Viewer | { kind: "funder" };
/** The campaign roles that work on a campaign's data (a funder only watches it). */
export type StaffRole = Exclude<CampaignRole, "funder">;
/** `read`: the campaign's data (organisers, committee, admins); `write`: changes (organisers, admins). */
export type Need = "read" | "write";

/** A user or a sponsor. */
export function signedIn(who: Who): SessionUser | SponsorSession {
  const someone = who.user ?? who.sponsor;
  if (!someone) throw unauthenticated();
  return someone;
}

/** Organisers, committee members and admins; a sponsor is FORBIDDEN. */
export function staffOnly(who: Who): SessionUser {
  if (who.sponsor) throw forbidden("sponsors may not do this");
  if (!who.user) throw unauthenticated();
  return who.user;
}

/** A sponsor signed in through its link; a user is FORBIDDEN. */
export function sponsorOnly(who: Who): SponsorSession {
  if (who.user) throw forbidden("only for sponsors signed in through their link");
  if (!who.sponsor) throw unauthenticated();
  return who.sponsor;
}

/** Admins only. */
export function adminOnly(who: Who): SessionUser {
  const user = staffOnly(who);
  if (!user.isAdmin) throw forbidden("only an admin may do this");
  return user;
}

/**
 * What makes or changes credentials and accounts. No API token may call these, whatever its
 * scope: a leaked token must not outlive its revocation by making another token, a new
 * password, a new account or a new admin. They need a signed-in session (a password).
 */
const CREDENTIAL_PROCEDURES = new Set([
  "apiToken.create",
  "apiToken.revoke",
  "auth.changePassword",
  "user.create",
  "user.resetPassword",
  "user.setAdmin",
  "user.setDisabled",
  "user.setMembership",
]);

/** An API token within its scope: `read` calls queries only, `write` also mutations, neither credentials. */
export function tokenMayCall(who: Who, procedure: string, writes: boolean): void {
  if (!who.tokenScope) return;
  if (CREDENTIAL_PROCEDURES.has(procedure))
    throw forbidden("API tokens may not manage tokens, passwords or accounts: sign in instead");
  if (writes) tokenMayWrite(who);
}

/** For writes outside tRPC (attachment upload and removal): a `read` token is FORBIDDEN. */
export function tokenMayWrite(who: Who): void {
  if (who.tokenScope === "read") throw forbidden("this API token may only read (scope read)");
}

/**
 * What a funder account may call: the four of issue 17 (the campaigns, the portfolio, a
 * campaign's overall summary, its drawdown), its own account (sign in and out, its password,
 * its language) and the public pages anyone sees. Everything else is FORBIDDEN, whatever it is.
 */
export const FUNDER_PROCEDURES: ReadonlySet<string> = new Set([
  "campaign.list",
  "portfolio.summary",
  "campaign.summary",
  "campaign.drawdown",
  "auth.login",
  "auth.logout",
  "auth.me",
  "auth.changePassword",
  "user.setLocale",
  "publicCampaign.get",
  "publicCampaign.onSummary",
]);

/** A funder account: not an admin, with a funder role (it then holds no other role: setMembership). */
export function isFunder(user: SessionUser): boolean {
  return !user.isAdmin && user.memberships.some((m) => m.role === "funder");
}

/** Every procedure: a funder account calls only FUNDER_PROCEDURES (deny by default). */
export function funderMayCall(who: Who, procedure: string): void {
  if (who.user && isFunder(who.user) && !FUNDER_PROCEDURES.has(procedure))
    throw forbidden("a funder sees the campaigns' overall figures and drawdown only");
}

export function roleIn(user: SessionUser, campaignId: number): CampaignRole | null {
  if (user.isAdmin) return "admin";
  return user.memberships.find((m) => m.campaignId === campaignId)?.role ?? null;
}

/** Loads the campaign if the user may see it, and checks the role for the need. */
export function campaignFor(
  lookups: Lookups,
  user: SessionUser,
  campaignId: number,
  need: Need,
): { campaign: Campaign; role: StaffRole } {
  const role = roleIn(user, campaignId);
  const campaign = role ? lookups.campaignById.get({ id: campaignId }) : undefined;
  if (!role || !campaign) throw notFound("campaign");
  return { campaign, role: assertMay(role, need) };
}

/** For objects already loaded with their campaign id: visibility, then role. */
export function assertCampaignAccess(user: SessionUser, campaignId: number, need: Need, what: string): StaffRole {
  const role = roleIn(user, campaignId);
  if (!role) throw notFound(what);
  return assertMay(role, need);
}

/** The same check for the ledger to run inside its write, once it knows the object's campaign. */
export function writeCheck(user: SessionUser, what = "pledge"): (campaignId: number) => void {
  return (campaignId) => void assertCampaignAccess(user, campaignId, "write", what);
}

/** The role, if it may do what is needed: a funder never (it has campaignForOverview), the committee only read. */
function assertMay(role: CampaignRole, need: Need): StaffRole {
  if (role === "funder") throw forbidden("a funder sees the campaigns' overall figures and drawdown only");
  if (need === "write" && role === "committee")
    throw forbidden("the steering committee reads; organisers and admins write");
  return role;
}

/**
 * A campaign's overall figures (campaign.summary, campaign.drawdown): staff of the campaign,
 * its funders, or a sponsor of it; anything else is NOT_FOUND.
 */
export function campaignForOverview(
  lookups: Lookups,
  who: Who,
  campaignId: number,
): { campaign: Campaign; viewer: OverviewViewer } {
  if (!who.user || roleIn(who.user, campaignId) !== "funder") return campaignForViewer(lookups, who, campaignId);
  const campaign = lookups.campaignById.get({ id: campaignId });
  if (!campaign) throw notFound("campaign");
  return { campaign, viewer: { kind: "funder" } };
}

/**
 * For procedures open to sponsors: the campaign with the viewer. A sponsor sees only its own
 * campaign (anything else is NOT_FOUND); staff as campaignFor(…, "read").
 */
export function campaignForViewer(
  lookups: Lookups,
  who: Who,
  campaignId: number,
): { campaign: Campaign; viewer: Viewer } {
  if (who.user) {
    const { campaign, role } = campaignFor(lookups, who.user, campaignId, "read");
    return { campaign, viewer: { kind: "staff", role } };
  }
  const sponsor = sponsorOnly(who);
  const campaign = sponsor.campaignId === campaignId ? lookups.campaignById.get({ id: campaignId }) : undefined;
  if (!campaign) throw notFound("campaign");
  return { campaign, viewer: { kind: "sponsor", sponsorId: sponsor.sponsorId } };
}

/**
 * The pledge, if the caller may read it: staff of its campaign (any role) or the pledge's
 * own sponsor. Anything else, and an unknown id, is NOT_FOUND.
 */
export function pledgeForReader(db: Reader, who: Who, pledgeId: number): { pledge: Pledge; viewer: Viewer } {
  signedIn(who);
  const pledge = pledgeById(db, pledgeId);
  if (!pledge) throw notFound("pledge");
  if (who.user)
    return {
      pledge,
      viewer: { kind: "staff", role: assertCampaignAccess(who.user, pledge.campaignId, "read", "pledge") },
    };
  if (!who.sponsor || pledge.sponsorId !== who.sponsor.sponsorId) throw notFound("pledge");
  return { pledge, viewer: { kind: "sponsor", sponsorId: who.sponsor.sponsorId } };
}

/** The pledge, if the user may change it or attach to it: organisers and admins of its campaign (committee: FORBIDDEN). */
export function pledgeForWriter(db: Reader, user: SessionUser, pledgeId: number): { pledge: Pledge; viewer: Viewer } {
  const pledge = pledgeById(db, pledgeId);
  if (!pledge) throw notFound("pledge");
  return { pledge, viewer: { kind: "staff", role: assertCampaignAccess(user, pledge.campaignId, "write", "pledge") } };
}

// The rules of a campaign's settings: the collection window, the application's path, and the
// terms its figures are judged by.
import type { ApplicationStatus } from "./codes";
import type { Decision } from "./errors";

/** The settings the summary, eligibility and the match are computed from. */
export interface CampaignTerms {
  id: number;
  targetCents: number;
  deadline: string;
  windowStart: string | null;
  matchRatioHundredths: number;
  matchCapCents: number;
  matchStart: string;
  matchYears: number;
  inKindSharePercent: number;
  minSponsors: number | null;
  maxPublicShareBasisPoints: number | null;
  /** The application's status on the day the terms are read for, and since when. */
  applicationStatus?: ApplicationStatus;
  applicationStatusAt?: string | null;
}

export const WINDOW_MESSAGE = "The collection window must start on or before the deadline";

/** The collection window starts on or before the deadline (either may be unknown yet). */
export function windowFits(windowStart: string | null | undefined, deadline: string | null | undefined): boolean {
  return !windowStart || !deadline || windowStart <= deadline;
}

export const NEXT_APPLICATION_STATUS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  collecting: ["submitted"],
  submitted: ["approved", "rejected"],
  approved: [],
  rejected: [],
};

/** collecting → submitted → approved | rejected; staying where it is is no move. */
export function decideApplicationStatus(from: ApplicationStatus, to: ApplicationStatus): Decision<ApplicationStatus> {
  if (from === to || NEXT_APPLICATION_STATUS[from].includes(to)) return { ok: true, value: to };
  return { ok: false, reason: `the application cannot move from ${from} to ${to}` };
}

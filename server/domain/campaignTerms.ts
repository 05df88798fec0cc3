// A campaign's terms on a day: the base terms, then every recorded change of them that holds
// from that day or earlier (and was recorded by `knownAt`), in the order of their days and,
// on one day, of recording. A past day is judged by the target, rules and application
// status it had, not by today's.
import type { ApplicationStatus } from "./codes";

/** The terms a change can set; the campaign row holds their current values. */
export const DATED_TERMS = [
  "targetCents",
  "deadline",
  "windowStart",
  "matchRatioHundredths",
  "matchCapCents",
  "matchStart",
  "matchYears",
  "inKindSharePercent",
  "minSponsors",
  "maxPublicShareBasisPoints",
  "applicationStatus",
  "applicationStatusAt",
] as const;

export type DatedTerm = (typeof DATED_TERMS)[number];

export interface Terms {
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
  applicationStatus: ApplicationStatus;
  applicationStatusAt: string | null;
}

export interface TermsChange {
  id: number;
  fromDay: string;
  recordedAt: number;
  /** JSON: the terms this change set. */
  terms: string;
}

/** The fields of `after` among the dated terms that differ from `before`. */
export function changedTerms(before: Terms, after: Partial<Terms>): Partial<Terms> {
  const out: Partial<Record<DatedTerm, unknown>> = {};
  for (const key of DATED_TERMS)
    if (key in after && after[key] !== undefined && after[key] !== before[key]) out[key] = after[key];
  return out as Partial<Terms>;
}

/** `current` with the terms that held at the end of `asOf`, as recorded by `knownAt`. */
export function termsOn<C extends Terms>(
  current: C,
  changes: readonly TermsChange[],
  asOf: string,
  knownAt: number | null,
): C {
  const holding = changes
    .filter((c) => c.fromDay <= asOf && (knownAt === null || c.recordedAt <= knownAt))
    .sort((a, b) => (a.fromDay === b.fromDay ? a.id - b.id : a.fromDay < b.fromDay ? -1 : 1));
  if (holding.length === 0) return current;
  const out = { ...current };
  for (const change of holding) Object.assign(out, pick(JSON.parse(change.terms) as Partial<Terms>));
  return out;
}

function pick(terms: Partial<Terms>): Partial<Terms> {
  return Object.fromEntries(Object.entries(terms).filter(([key]) => (DATED_TERMS as readonly string[]).includes(key)));
}

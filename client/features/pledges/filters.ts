// The list's filters and order, kept in the URL query so a filtered list can be bookmarked,
// shared and reloaded. Pure: reading and writing the query, and the list input they make.
// Defaults stay out of the URL (no `sort=newest`), and anything unreadable is ignored.
import { PLEDGE_STATUSES, SPONSOR_KINDS, type PledgeStatus, type SponsorKind } from "../../lib/codes";
import type { PledgeListInput } from "./api/pledges";

export type PledgeSort = NonNullable<PledgeListInput["sort"]>;

const sorts: Record<PledgeSort, true> = {
  newest: true,
  oldest: true,
  amount_desc: true,
  amount_asc: true,
  date_desc: true,
  date_asc: true,
  sponsor: true,
};
export const PLEDGE_SORTS = Object.keys(sorts) as PledgeSort[];

export interface PledgeFilters {
  status?: PledgeStatus;
  kind?: SponsorKind;
  /** One sponsor's pledges: where a sponsor's name in a list leads. */
  sponsorId?: number;
  /** A two-letter ISO code, upper case. */
  country?: string;
  overdue: boolean;
  /** Part of the sponsor's name, as typed (trimmed when sent). */
  search: string;
  sort: PledgeSort;
}

export const NO_FILTERS: PledgeFilters = { overdue: false, search: "", sort: "newest" };

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.find((item) => item === value);

/** A two-letter country code, upper-cased, or undefined. */
export function countryCodeOf(value: string | null | undefined): string | undefined {
  const code = (value ?? "").trim().toUpperCase();
  return /^[A-Z]{2}$/.test(code) ? code : undefined;
}

export function filtersFromParams(params: URLSearchParams): PledgeFilters {
  return {
    status: oneOf(PLEDGE_STATUSES, params.get("status")),
    kind: oneOf(SPONSOR_KINDS, params.get("kind")),
    sponsorId: sponsorIdOf(params.get("sponsor")),
    country: countryCodeOf(params.get("country")),
    overdue: params.get("overdue") === "1",
    search: (params.get("q") ?? "").slice(0, 200),
    sort: oneOf(PLEDGE_SORTS, params.get("sort")) ?? "newest",
  };
}

export function paramsFromFilters(filters: PledgeFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set("status", filters.status);
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.sponsorId) params.set("sponsor", String(filters.sponsorId));
  const country = countryCodeOf(filters.country);
  if (country) params.set("country", country);
  if (filters.overdue) params.set("overdue", "1");
  if (filters.search.trim()) params.set("q", filters.search.trim());
  if (filters.sort !== "newest") params.set("sort", filters.sort);
  return params;
}

/** What `pledge.list` receives: only the filters that are set. */
export function listInputOf(filters: PledgeFilters): PledgeListInput {
  const input: PledgeListInput = {};
  if (filters.status) input.status = filters.status;
  if (filters.kind) input.kind = filters.kind;
  if (filters.sponsorId) input.sponsorId = filters.sponsorId;
  const country = countryCodeOf(filters.country);
  if (country) input.country = country;
  if (filters.overdue) input.overdue = true;
  if (filters.search.trim()) input.search = filters.search.trim();
  if (filters.sort !== "newest") input.sort = filters.sort;
  return input;
}

/** How many filters narrow the list (the order does not). */
export function activeFilterCount(filters: PledgeFilters): number {
  return [
    filters.status,
    filters.kind,
    filters.sponsorId,
    countryCodeOf(filters.country),
    filters.overdue,
    filters.search.trim(),
  ].filter(Boolean).length;
}

/** Whether any filter narrows the list (the order does not). */
export function isFiltered(filters: PledgeFilters): boolean {
  return activeFilterCount(filters) > 0;
}

function sponsorIdOf(value: string | null): number | undefined {
  const id = Number(value);
  return value && /^\d{1,15}$/.test(value) && id > 0 ? id : undefined;
}

// The pledge list's filters in the URL query and in the list input: defaults stay out,
// unreadable values are ignored, and what goes in comes back out.
import { describe, expect, it } from "vitest";
import {
  activeFilterCount,
  countryCodeOf,
  filtersFromParams,
  isFiltered,
  listInputOf,
  NO_FILTERS,
  paramsFromFilters,
  type PledgeFilters,
} from "../../client/features/pledges/filters";

const read = (query: string) => filtersFromParams(new URLSearchParams(query));

describe("reading the pledge filters from the URL", () => {
  it("an empty query is no filter, newest first", () => {
    expect(read("")).toEqual({ ...NO_FILTERS, status: undefined, kind: undefined, country: undefined });
  });

  it.each([
    ["status=lost", "status"],
    ["kind=alien", "kind"],
    ["country=DEU", "country"],
    ["country=1A", "country"],
  ] as const)("an unknown value is ignored (%s)", (query, field) => {
    expect(read(query)[field]).toBeUndefined();
  });

  it("an unknown sort falls back to newest; overdue is on only for 1", () => {
    expect(read("sort=random&overdue=yes")).toMatchObject({ sort: "newest", overdue: false });
  });

  it("a country code is upper-cased", () => {
    expect(read("country=be").country).toBe("BE");
    expect(countryCodeOf(" fr ")).toBe("FR");
    expect(countryCodeOf("")).toBeUndefined();
  });

  it("every filter is read", () => {
    expect(read("status=confirmed&kind=research&country=NL&overdue=1&q=Eifel&sort=amount_desc")).toEqual({
      status: "confirmed",
      kind: "research",
      country: "NL",
      overdue: true,
      search: "Eifel",
      sort: "amount_desc",
    });
  });
});

describe("writing the pledge filters", () => {
  const all: PledgeFilters = {
    status: "intent",
    kind: "company",
    country: "LU",
    overdue: true,
    search: "  Rurtal ",
    sort: "sponsor",
  };

  it("defaults stay out of the URL", () => {
    expect(paramsFromFilters(NO_FILTERS).toString()).toBe("");
    expect(paramsFromFilters({ ...NO_FILTERS, search: "   " }).toString()).toBe("");
  });

  it("what is written is read back (the search trimmed)", () => {
    expect(filtersFromParams(paramsFromFilters(all))).toEqual({ ...all, search: "Rurtal" });
  });

  it("the list input has only what is set, the search trimmed, no sort for newest", () => {
    expect(listInputOf(NO_FILTERS)).toEqual({});
    expect(listInputOf({ ...NO_FILTERS, overdue: false, search: " " })).toEqual({});
    expect(listInputOf(all)).toEqual({
      status: "intent",
      kind: "company",
      country: "LU",
      overdue: true,
      search: "Rurtal",
      sort: "sponsor",
    });
  });

  it("the order alone is not a filter", () => {
    expect(isFiltered({ ...NO_FILTERS, sort: "amount_asc" })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, overdue: true })).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, search: "x" })).toBe(true);
  });
});

describe("one sponsor's pledges (where a sponsor's name in a list leads)", () => {
  it("?sponsor=12 filters the list to sponsor 12 and counts as one active filter", () => {
    const filters = filtersFromParams(new URLSearchParams("sponsor=12"));
    expect(filters.sponsorId).toBe(12);
    expect(listInputOf(filters)).toEqual({ sponsorId: 12 });
    expect(activeFilterCount(filters)).toBe(1);
    expect(isFiltered(filters)).toBe(true);
    expect(paramsFromFilters(filters).toString()).toBe("sponsor=12");
  });

  it("an unreadable sponsor is ignored, not sent", () => {
    for (const value of ["0", "-3", "1.5", "abc", "", "1e3", "9999999999999999"])
      expect(filtersFromParams(new URLSearchParams({ sponsor: value })).sponsorId, value).toBeUndefined();
  });

  it("counts each filter once; the order is not a filter", () => {
    const filters = filtersFromParams(
      new URLSearchParams("status=intent&kind=company&country=be&overdue=1&q=x&sort=oldest"),
    );
    expect(activeFilterCount(filters)).toBe(5);
    expect(activeFilterCount({ ...NO_FILTERS, sort: "amount_desc" })).toBe(0);
  });
});

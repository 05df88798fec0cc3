// Pure shaping of the committee's figures: no React, no formatting, unit-testable.
import { NAMED_COUNTRIES } from "../../lib/codes";

export type CountryGroup = (typeof NAMED_COUNTRIES)[number] | "other";

export interface ShareRow<K> {
  key: K;
  countedCents: number;
  sponsorCount: number;
}

/**
 * Counted own funds by country: DE, BE and NL each (also when empty, so the table always
 * shows the Dreiländereck), every other ISO code together as "other" (shown only if any).
 */
export function countryGroups(
  byCountry: readonly { country: string; countedCents: number; sponsorCount: number }[],
): ShareRow<CountryGroup>[] {
  const named = NAMED_COUNTRIES as readonly string[];
  const rows: ShareRow<CountryGroup>[] = NAMED_COUNTRIES.map((key) => {
    const row = byCountry.find((c) => c.country === key);
    return { key, countedCents: row?.countedCents ?? 0, sponsorCount: row?.sponsorCount ?? 0 };
  });
  const others = byCountry.filter((c) => !named.includes(c.country));
  if (others.length > 0) {
    rows.push({
      key: "other",
      countedCents: others.reduce((sum, c) => sum + c.countedCents, 0),
      sponsorCount: others.reduce((sum, c) => sum + c.sponsorCount, 0),
    });
  }
  return rows;
}

/** A part of a whole in percent (0 when the whole is 0), for the share columns. */
export function percentOfTotal(part: number, whole: number): number {
  return whole > 0 ? (part / whole) * 100 : 0;
}

/**
 * What a short year misses: the own funds that would carry its state share at the match
 * ratio, less those scheduled. In integers: ratio in hundredths, rounded up to whole cents.
 * 0 for a year that is not short.
 */
export function shortfallCents(
  year: { ownScheduledCents: number; stateCents: number; short: boolean },
  matchRatio: number,
): number {
  if (!year.short) return 0;
  const hundredths = Math.round(matchRatio * 100);
  if (hundredths <= 0) return 0;
  const needed = Math.ceil((year.stateCents * 100) / hundredths);
  return Math.max(needed - year.ownScheduledCents, 0);
}

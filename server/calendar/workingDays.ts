// Working days for the needed pace: Monday to Friday without the public holidays of the
// campaign's region (ISO 3166: "DE-NW"), from the date-holidays package. Holidays are read
// once per region and year.
import Holidays from "date-holidays";
import { addDays } from "../domain/dates";

const publicHolidays = new Map<string, Set<string>>();

/** The region's public holidays in `year`, as YYYY-MM-DD. */
function holidaysOf(region: string, year: number): Set<string> {
  const key = `${region}|${year}`;
  const known = publicHolidays.get(key);
  if (known) return known;
  const [country, state] = region.split("-");
  const days = new Set(
    new Holidays(country, state)
      .getHolidays(year)
      .filter((h) => h.type === "public")
      .map((h) => h.date.slice(0, 10)),
  );
  publicHolidays.set(key, days);
  return days;
}

/** A country ("DE") or a country and state ("DE-NW") that date-holidays knows. */
export function isHolidayRegion(region: string): boolean {
  const match = /^([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$/.exec(region);
  if (!match) return false;
  const countries = new Holidays().getCountries();
  if (!countries[match[1]]) return false;
  return match[2] === undefined || Boolean(new Holidays().getStates(match[1])?.[match[2]]);
}

/** The longest span counted, so a far-off deadline cannot make a request loop for long. */
const MAX_DAYS = 3_700;

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysAfter(from: string, to: string, region: string): number {
  let count = 0;
  for (let day = addDays(from, 1), n = 0; day <= to && n < MAX_DAYS; day = addDays(day, 1), n++) {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    if (!holidaysOf(region, Number(day.slice(0, 4))).has(day)) count += 1;
  }
  return count;
}

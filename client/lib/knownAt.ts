// "As shown at a time": the dashboard and the report can show a day's figures as they had been
// recorded by a moment (campaign.summary's `knownAt`), so a report shown to the committee on
// 19.05.2016 at 18:00 reads the same after later corrections. The moment lives in the URL as
// Berlin wall-clock time (`?knownAt=2016-05-19T18:00`), which people read and share; the server
// gets it as an ISO 8601 instant with its offset ("2016-05-19T18:00:00+02:00"). Pure: no React.
import { isCalendarDate } from "../../server/domain/dates";

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;
/** "HH:MM" from 00:00 to 23:59. */
export const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The time the figures are shown as known at, as the URL holds it: "YYYY-MM-DDTHH:MM", or null. */
export function knownAtFromParam(value: string | null): string | null {
  const m = value ? LOCAL.exec(value) : null;
  return m && isCalendarDate(m[1]) && CLOCK.test(m[2]) ? value : null;
}

/** The URL's form of a day and a clock time, or null when either is not one. */
export function knownAtParam(day: string, time: string): string | null {
  return knownAtFromParam(`${day}T${time}`);
}

/** The day and the clock time of a URL value (one that knownAtFromParam accepted). */
export function knownAtParts(local: string): { day: string; time: string } {
  const [day, time] = local.split("T");
  return { day, time };
}

const BERLIN_PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Berlin",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** Berlin's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function berlinOffsetMinutes(ms: number): number {
  const parts = Object.fromEntries(BERLIN_PARTS.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
  return Math.round((wall - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a Berlin wall-clock time names, in ISO 8601 with its offset:
 * "2016-05-19T18:00" → "2016-05-19T18:00:00+02:00". The hour that does not exist when the
 * clocks go forward reads as summer time after it; the hour that happens twice when they go
 * back reads as its second, winter-time pass.
 */
export function berlinInstant(local: string): string {
  const { day, time } = knownAtParts(local);
  const [year, month, date] = day.split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  const wall = Date.UTC(year, month - 1, date, hour, minute);
  const instant = wall - berlinOffsetMinutes(wall - berlinOffsetMinutes(wall) * 60_000) * 60_000;
  // Written as Berlin's clock showed it then (a time in the skipped hour comes out an hour later).
  const offset = berlinOffsetMinutes(instant);
  const clock = new Date(instant + offset * 60_000).toISOString().slice(0, 16);
  const pad = (n: number) => String(Math.abs(n)).padStart(2, "0");
  return `${clock}:00${offset < 0 ? "-" : "+"}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

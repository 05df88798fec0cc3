// Input building blocks shared by the routers. Every procedure input is a zod schema; zod
// checks shapes, the domain (server/domain) decides what makes sense.
import { z } from "zod";
import { berlinDay, isCalendarDate } from "../domain/dates";
import { decideNotInFuture } from "../domain/dateRules";
import { orBadField } from "../domain/errors";
import { MAX_AMOUNT_CENTS, MIN_AMOUNT_CENTS } from "../domain/money";

export const id = z.int().positive();
export const cents = z.int().min(MIN_AMOUNT_CENTS).max(MAX_AMOUNT_CENTS);
export const businessDate = z.string().refine(isCalendarDate, { message: "Expected a calendar date YYYY-MM-DD" });
/** An instant in ISO 8601 with its offset (`2016-05-19T18:00:00Z`), as milliseconds since the epoch. */
export const instant = z.iso
  .datetime({ offset: true })
  .transform((value) => Date.parse(value))
  .refine((ms) => Number.isFinite(ms), { message: "Expected an ISO 8601 instant such as 2016-05-19T18:00:00Z" });
/** The day and the time of knowledge a past view is read at: `knownAt` alone reads its own day. */
export const pastView = {
  asOf: z.string().refine(isCalendarDate, { message: "Expected a calendar date YYYY-MM-DD" }).optional(),
  knownAt: instant.optional(),
};
export const version = z.int().positive();
export const shortText = (max = 200) => z.string().trim().min(1).max(max);
export const optionalText = (max = 2000) => z.string().trim().max(max).optional();
export const nullableText = (max: number) => z.string().trim().max(max).nullable().optional();
export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { message: "Expected a two-letter ISO country code" });
export const email = z.string().trim().toLowerCase().pipe(z.email());
export const pageLimit = z.int().min(1).max(500);
export const DEFAULT_PAGE_SIZE = 50;

/** Business dates of a change are today or earlier: checked with the input, before any lookup. */
export function rejectFutureDates(now: Date, dates: Record<string, string | undefined>): void {
  const today = berlinDay(now);
  for (const [field, date] of Object.entries(dates))
    if (date !== undefined) orBadField(decideNotInFuture(date, today), field);
}

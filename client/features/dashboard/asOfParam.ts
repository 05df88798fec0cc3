// The day the dashboard shows lives in the URL (`?asOf=YYYY-MM-DD`), so a past view can be
// shared and reloaded; no parameter (or today's date) means today, live. Beside it, the time
// the figures are shown as known at (`?knownAt=YYYY-MM-DDTHH:MM`, Berlin time, lib/knownAt.ts):
// the day's figures as they had been recorded by then. Either one makes the page a still picture.
import { useCallback } from "react";
import { useSearchParams } from "react-router";
import { isCalendarDate } from "../../../server/domain/dates";
import { knownAtFromParam, knownAtParts } from "../../lib/knownAt";

/** A valid calendar day before `today`, or null for today (missing, malformed, today or later). */
export function asOfFromParam(value: string | null, today: string): string | null {
  return value && isCalendarDate(value) && value < today ? value : null;
}

/**
 * The day shown: `asOf`, else the day of `knownAt` when that is a past day (as the server reads
 * a time of knowledge alone), else null for today.
 */
export function dayShown(asOf: string | null, knownAt: string | null, today: string): string | null {
  return asOf ?? (knownAt ? asOfFromParam(knownAtParts(knownAt).day, today) : null);
}

/** The URL's search without the view of a past (day and time of knowledge): the way back to today. */
export function searchForToday(search: URLSearchParams): string {
  const next = new URLSearchParams(search);
  next.delete("asOf");
  next.delete("knownAt");
  const text = next.toString();
  return text ? `?${text}` : "";
}

export interface ViewParams {
  /** The day shown, null for today. */
  asOf: string | null;
  /** The time of knowledge as the URL holds it ("2016-05-19T18:00"), null for everything recorded. */
  knownAt: string | null;
  setAsOf: (day: string | null) => void;
  setKnownAt: (local: string | null) => void;
}

export function useViewParams(today: string): ViewParams {
  const [params, setParams] = useSearchParams();
  const knownAt = knownAtFromParam(params.get("knownAt"));
  const asOf = dayShown(asOfFromParam(params.get("asOf"), today), knownAt, today);
  const set = useCallback(
    (name: "asOf" | "knownAt", value: string | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const setAsOf = useCallback(
    (day: string | null) => set("asOf", day && asOfFromParam(day, today) ? day : null),
    [set, today],
  );
  const setKnownAt = useCallback((local: string | null) => set("knownAt", knownAtFromParam(local)), [set]);
  return { asOf, knownAt, setAsOf, setKnownAt };
}

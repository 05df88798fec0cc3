// The day the dashboard shows lives in the URL (`?asOf=YYYY-MM-DD`), so a past view can be
// shared and reloaded; no parameter (or today's date) means today, live.
import { useCallback } from "react";
import { useSearchParams } from "react-router";
import { isCalendarDate } from "../../../server/domain/dates";

/** A valid calendar day before `today`, or null for today (missing, malformed, today or later). */
export function asOfFromParam(value: string | null, today: string): string | null {
  return value && isCalendarDate(value) && value < today ? value : null;
}

export function useAsOfParam(today: string): [string | null, (day: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const asOf = asOfFromParam(params.get("asOf"), today);
  const setAsOf = useCallback(
    (day: string | null) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (day && asOfFromParam(day, today)) next.set("asOf", day);
          else next.delete("asOf");
          return next;
        },
        { replace: true },
      );
    },
    [setParams, today],
  );
  return [asOf, setAsOf];
}

// A clock time as people type it into the "Wie angezeigt am" field, read into "HH:MM". Apart
// from lib/knownAt.ts, so it loads with the field (KnownAtControl), not with the dashboard.
import { CLOCK } from "../../lib/knownAt";

/** "18", "9:05", "09.05", "0905", "18 Uhr": hours, then optional minutes after ":" or "." (or none). */
const TYPED_CLOCK = /^(\d{1,2})(?:\s*[:.]?\s*(\d{2}))?(?:\s*uhr)?$/i;

/** A clock time as typed ("18", "9:05", "18.30", "1830", "18 Uhr") → "HH:MM"; null when it is none. */
export function readClockTime(text: string): string | null {
  const m = TYPED_CLOCK.exec(text.trim());
  if (!m) return null;
  const time = `${m[1].padStart(2, "0")}:${m[2] ?? "00"}`;
  return CLOCK.test(time) ? time : null;
}

// Where a pledge's letters are downloaded (GET /api/pledges/:id/{confirmation,thanks}.pdf),
// in the UI's language. Shared by the pledge page and the sponsor portal.
import type { Locale } from "./i18n";

export type LetterKind = "confirmation" | "thanks";

export function letterUrl(pledgeId: number, kind: LetterKind, locale: Locale): string {
  return `/api/pledges/${pledgeId}/${kind}.pdf?locale=${locale}`;
}

/** Which letters a pledge of this status has: no confirmation once withdrawn, thanks only when binding. */
export function lettersFor(status: string): LetterKind[] {
  if (status === "withdrawn") return [];
  return status === "confirmed" || status === "paid" ? ["confirmation", "thanks"] : ["confirmation"];
}

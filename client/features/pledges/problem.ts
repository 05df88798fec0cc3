// What a screen says when a write on a pledge is refused. CONFLICT is a stale version
// (someone else changed the pledge) or, on the pledge's page, a step its state does not
// allow; the list or the page has reloaded by the time this shows, and says so.
import type { Translate } from "../../lib/i18n";
import { errorCodeOf } from "../../lib/trpc";

/** Where the refused write was made: the list and the page word a conflict differently. */
export type ProblemPlace = "list" | "page";

export function problemOf(error: unknown, t: Translate, place: ProblemPlace = "page"): string {
  switch (errorCodeOf(error)) {
    case "CONFLICT":
      return t(place === "list" ? "pledges.conflict" : "detail.conflict");
    case "FORBIDDEN":
      return t("common.error.forbidden");
    case "NOT_FOUND":
      return t("common.error.notFound");
    case "BAD_REQUEST":
      return t("common.error.invalid");
    default:
      return t("common.error.network");
  }
}

// What a screen says when a write on a pledge is refused. CONFLICT is a stale version
// (someone else changed the pledge) or, on the pledge's page, a step its state does not
// allow; the list or the page has reloaded by the time this shows, and says so.
import type { Translate } from "../../lib/i18n";
import { formatDate } from "../../lib/format";
import { errorCodeOf } from "../../lib/trpc";

/** Where the refused write was made: the list and the page word a conflict differently. */
export type ProblemPlace = "list" | "page";

export function problemOf(error: unknown, t: Translate, place: ProblemPlace = "page"): string {
  switch (errorCodeOf(error)) {
    case "CONFLICT": {
      const clash = clashOf(error);
      if (clash)
        return clash.date
          ? t("detail.clash", { what: t(clash.what), date: formatDate(clash.date) })
          : t("detail.clash.created");
      return t(place === "list" ? "pledges.conflict" : "detail.conflict");
    }
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

type ClashKind =
  | "detail.clash.confirmed"
  | "detail.clash.withdrawn"
  | "detail.clash.intent"
  | "detail.clash.payment"
  | "detail.clash.update";

/**
 * A back-dated change that would break the pledge's path: the server names the change it
 * clashes with ("… it clashes with the move to confirmed dated 2016-05-18 (event 41)").
 */
export function clashOf(error: unknown): { what: ClashKind; date: string | null } | null {
  const message = error instanceof Error ? error.message : "";
  if (!message.includes("breaks the pledge's path")) return null;
  const named = /clashes with the (move to (confirmed|withdrawn|intent)|payment|update) dated (\d{4}-\d{2}-\d{2})/.exec(
    message,
  );
  if (!named) return { what: "detail.clash.update", date: null };
  const what = (named[2] ? `detail.clash.${named[2]}` : `detail.clash.${named[1]}`) as ClashKind;
  return { what, date: named[3] };
}

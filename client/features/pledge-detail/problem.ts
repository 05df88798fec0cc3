// What the pledge page says when a write is refused. CONFLICT is either a stale version
// (someone else changed the pledge) or a step the pledge's state does not allow; the page
// has reloaded the pledge by the time this shows.
import type { Translate } from "../../lib/i18n";
import { errorCodeOf } from "../../lib/trpc";

export function problemOf(error: unknown, t: Translate): string {
  switch (errorCodeOf(error)) {
    case "CONFLICT":
      return t("detail.conflict");
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

// What the page says when a row action is refused. A CONFLICT here is almost always a
// stale version (someone else changed the pledge): the list has been refetched by then.
import type { Translate } from "../../lib/i18n";
import { errorCodeOf } from "../../lib/trpc";

export function problemOf(error: unknown, t: Translate): string {
  switch (errorCodeOf(error)) {
    case "CONFLICT":
      return t("pledges.conflict");
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

// What the sponsors page says when an action is refused.
import type { Translate } from "../../lib/i18n";
import { errorCodeOf } from "../../lib/trpc";

export function problemOf(error: unknown, t: Translate): string {
  switch (errorCodeOf(error)) {
    case "FORBIDDEN":
      return t("common.error.forbidden");
    case "NOT_FOUND":
      return t("common.error.notFound");
    case "CONFLICT":
      return t("common.error.conflict");
    default:
      return t("common.error.network");
  }
}

// The server sends field errors in English (`{field: [message]}`); the UI shows its own
// text per field, with a generic one for fields it has no special text for.
import { de, type MessageKey } from "./i18n/de";
import type { Translate } from "./i18n";
import type { FieldErrors } from "./trpc";

export function translateFieldErrors(errors: FieldErrors, t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of Object.keys(errors)) {
    const key = `field.${field}`;
    out[field] = key in de ? t(key as MessageKey) : t("field.generic");
  }
  return out;
}

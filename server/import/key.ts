// A row's idempotency key, from its normalised content: the same pledge imported again (from
// this file or another, CSV or .xlsx, English or German) has the same key and is not created twice.
import { createHash } from "node:crypto";
import type { ImportRow } from "./types";

export function importKeyOf(row: ImportRow): string {
  const content = [row.nameKey, row.kind, row.country, row.amountCents, row.type, row.status, row.date, row.note ?? ""];
  return `import:${createHash("sha256").update(JSON.stringify(content)).digest("hex")}`;
}

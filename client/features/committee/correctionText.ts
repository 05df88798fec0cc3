// What a later correction changed, in words, from the figures it carries (no notes, no
// reasons): "Status: Absicht → Zugesagt", "Betrag: 10.000,00 € → 12.000,00 €",
// "Zahlung: 5.000,00 €", "Rückgängig gemacht: …". The words are the pledge history's. Pure.
import { formatEuro } from "../../lib/format";
import type { Locale, Translate } from "../../lib/i18n";
import type { Correction } from "./api/corrections";

export function correctionText(item: Correction, t: Translate, locale: Locale): string {
  const euro = (cents: number) => formatEuro(cents, locale);
  if (item.kind === "created") {
    return t("history.created", { amount: euro(item.amountAfterCents), status: t(`pledgeStatus.${item.statusAfter}`) });
  }
  const parts: string[] = [];
  if (item.statusBefore && item.statusBefore !== item.statusAfter) {
    parts.push(
      t("history.status", { from: t(`pledgeStatus.${item.statusBefore}`), to: t(`pledgeStatus.${item.statusAfter}`) }),
    );
  }
  if (item.amountBeforeCents !== null && item.amountBeforeCents !== item.amountAfterCents) {
    parts.push(t("history.amount", { from: euro(item.amountBeforeCents), to: euro(item.amountAfterCents) }));
  }
  const paid = item.receivedAfterCents - item.receivedBeforeCents;
  if (paid !== 0) parts.push(t(paid > 0 ? "history.payment" : "history.reversal", { amount: euro(paid) }));
  const what = parts.length > 0 ? parts.join("; ") : t("corrections.otherChange");
  return item.kind === "undo" ? t("history.undo", { what }) : what;
}

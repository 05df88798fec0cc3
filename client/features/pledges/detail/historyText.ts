// What a history event changed, in words: "Zusage erfasst: 15.000,00 € (Absicht)",
// "Status: Absicht → Zugesagt", "Zahlung: 5.000,00 €", "Betrag: … → …", the fields of an
// edit, "Rückgängig gemacht: …". Pure, so it needs no React to be read or tested.
import { formatDate, formatEuro } from "../../../lib/format";
import type { Locale, Translate } from "../../../lib/i18n";
import type { HistoryEvent } from "../api/pledgeDetail";

type Changes = Record<string, [unknown, unknown]>;

/** The lines describing one event; an undo names the event it reverses. */
export function describeEvent(
  event: HistoryEvent,
  all: readonly HistoryEvent[],
  t: Translate,
  locale: Locale,
): string[] {
  if (event.kind === "undo") {
    const undone = all.find((e) => e.id === event.undoesEventId);
    const what = undone ? describeEvent(undone, all, t, locale).join("; ") : t("history.undo.unknown");
    const lines = [t("history.undo", { what })];
    if (event.paymentCents != null && event.paymentCents < 0)
      lines.push(t("history.reversal", { amount: formatEuro(event.paymentCents, locale) }));
    return lines;
  }
  if (event.kind === "created") {
    return [
      t("history.created", {
        amount: formatEuro(event.amountAfterCents, locale),
        status: t(`pledgeStatus.${event.statusAfter}`),
      }),
    ];
  }
  const lines: string[] = [];
  if (event.kind === "payment" && event.paymentCents != null) {
    const key = event.paymentCents < 0 ? "history.reversal" : "history.payment";
    lines.push(t(key, { amount: formatEuro(event.paymentCents, locale) }));
  }
  if (event.amountBeforeCents != null && event.amountBeforeCents !== event.amountAfterCents) {
    lines.push(
      t("history.amount", {
        from: formatEuro(event.amountBeforeCents, locale),
        to: formatEuro(event.amountAfterCents, locale),
      }),
    );
  }
  if (event.typeBefore && event.typeBefore !== event.typeAfter) {
    lines.push(
      t("history.type", { from: t(`pledgeType.${event.typeBefore}`), to: t(`pledgeType.${event.typeAfter}`) }),
    );
  }
  lines.push(...describeChanges(parseChanges(event.changes), t, locale));
  if (event.statusBefore && event.statusBefore !== event.statusAfter) {
    lines.push(
      t("history.status", {
        from: t(`pledgeStatus.${event.statusBefore}`),
        to: t(`pledgeStatus.${event.statusAfter}`),
      }),
    );
  }
  return lines.length > 0 ? lines : [t("history.nothingChanged")];
}

function parseChanges(json: string | null): Changes {
  if (!json) return {};
  try {
    return JSON.parse(json) as Changes;
  } catch {
    return {};
  }
}

function describeChanges(changes: Changes, t: Translate, locale: Locale): string[] {
  const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : t("history.blank"));
  return Object.entries(changes).map(([field, [before, after]]) => {
    switch (field) {
      case "pledgedAt":
        return t("history.pledgedAt", {
          from: formatDate(String(before), locale),
          to: formatDate(String(after), locale),
        });
      case "conditional":
        return after ? t("history.conditional.on") : t("history.conditional.off");
      case "raisedByName":
        return t("history.raisedByName", { from: text(before), to: text(after) });
      case "raisedBySponsorId":
      case "sponsorId":
      case "note":
      case "description":
      case "schedule":
        return t(`history.${field}`);
      default:
        return t("history.otherField", { field });
    }
  });
}

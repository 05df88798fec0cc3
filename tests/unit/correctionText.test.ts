// "Nachträgliche Änderungen" in words: what a change recorded later did to a pledge's figures.
import { describe, expect, it } from "vitest";
import type { Correction } from "../../client/features/committee/api/corrections";
import { correctionText } from "../../client/features/committee/correctionText";
import { translate, type Translate } from "../../client/lib/i18n";

const de: Translate = (key, params) => translate("de", key, params);
const plain = (text: string) => text.replace(/\u00a0|\u202f/g, " ");

const base: Correction = {
  eventId: 1,
  pledgeId: 7,
  sponsorName: "Rur Analytics GmbH",
  kind: "status",
  at: "2016-05-18",
  recordedAt: "2016-05-23T08:00:00.000Z",
  statusBefore: "intent",
  statusAfter: "confirmed",
  amountBeforeCents: 2_000_000,
  amountAfterCents: 2_000_000,
  receivedBeforeCents: 0,
  receivedAfterCents: 0,
};

describe("correctionText", () => {
  it.each([
    ["a confirmation entered late", base, "Status: Absicht → Zugesagt"],
    [
      "a pledge logged late",
      { ...base, kind: "created", statusBefore: null, amountBeforeCents: null, statusAfter: "intent" },
      "Zusage erfasst: 20.000,00 € (Absicht)",
    ],
    [
      "a payment booked on its bank date",
      { ...base, kind: "payment", statusBefore: "confirmed", receivedAfterCents: 500_000 },
      "Zahlung: 5.000,00 €",
    ],
    [
      "the last payment makes the pledge paid",
      { ...base, kind: "payment", statusBefore: "confirmed", statusAfter: "paid", receivedAfterCents: 2_000_000 },
      "Status: Zugesagt → Bezahlt; Zahlung: 20.000,00 €",
    ],
    [
      "an edit of the amount",
      { ...base, kind: "update", statusBefore: "confirmed", amountAfterCents: 2_500_000 },
      "Betrag: 20.000,00 € → 25.000,00 €",
    ],
    [
      "an edit of something else",
      { ...base, kind: "update", statusBefore: "confirmed" },
      "Angaben der Zusage geändert",
    ],
    [
      "an undone payment",
      { ...base, kind: "undo", statusBefore: "confirmed", receivedBeforeCents: 500_000 },
      "Rückgängig gemacht: Storno: -5.000,00 €",
    ],
  ] as const)("%s", (_, item, expected) => {
    expect(plain(correctionText(item as Correction, de, "de"))).toBe(expected);
  });
});

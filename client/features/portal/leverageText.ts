// What the sponsor's money does, in plain words (DOMAIN.md "Leverage per sponsor"). Honest
// about every case: eligible or not yet, a match held down by its cap, and pledges that do
// not count (an intent until it is binding, a withdrawn pledge never).
import { formatEuro, formatNumber, formatPercent } from "../../lib/format";
import type { Locale, Translate } from "../../lib/i18n";

export interface LeverageFacts {
  leverage: {
    countedCents: number;
    shareBasisPoints: number;
    unlockedCents: number;
    capReached: boolean;
    eligible: boolean;
  };
  pledges: readonly { status: string; amountCents: number }[];
  matchCapCents: number;
  matchRatio: number;
  applicationStatus: string;
}

export function leverageSentences(facts: LeverageFacts, t: Translate, locale: Locale): string[] {
  const { leverage: l, pledges } = facts;
  const euro = (cents: number) => formatEuro(cents, locale);
  const intentCents = pledges.filter((p) => p.status === "intent").reduce((sum, p) => sum + p.amountCents, 0);
  const binding = pledges.some((p) => p.status === "confirmed" || p.status === "paid");
  const out: string[] = [];

  if (l.countedCents > 0) {
    const base = {
      amount: euro(l.countedCents),
      share: formatPercent(l.shareBasisPoints / 100, locale),
      unlocked: euro(l.unlockedCents),
    };
    if (l.capReached) {
      out.push(t("leverage.share", base));
      out.push(t("leverage.cap", { cap: euro(facts.matchCapCents), ratio: formatNumber(facts.matchRatio, locale) }));
      out.push(t(l.eligible ? "leverage.capped.eligible" : "leverage.capped.pending", base));
    } else {
      out.push(t(l.eligible ? "leverage.eligible" : "leverage.pending", base));
    }
  } else if (binding) {
    // Binding, yet nothing counts: in-kind contributions counted at 0 % in this campaign.
    out.push(t("leverage.inKindNotCounted"));
  } else if (pledges.length === 0) {
    out.push(t("leverage.none"));
  } else if (intentCents === 0) {
    out.push(t("leverage.withdrawn"));
  }
  if (intentCents > 0) out.push(t("leverage.intent", { amount: euro(intentCents) }));
  if (facts.applicationStatus === "rejected") out.push(t("leverage.rejected"));
  return out;
}

// "What if": the committee asks how the counted own funds would stand under two assumptions,
// "Bedingte Zusagen fallen weg" (the application is rejected: binding conditional pledges lapse)
// and "Absichtserklärungen werden zu x % verbindlich" (x % of the intents' counted value joins).
// The switches live in the URL (`?withoutConditional=1&intentsAt=50`), so the printed report
// shows what the dashboard was set to. Pure: no React, integers in cents.

export interface WhatIf {
  /** Binding conditional pledges lapse (as on a rejection). */
  withoutConditional: boolean;
  /** The share of the intents, in percent 0–100, that becomes binding; null: the switch is off. */
  intentsAtPercent: number | null;
}

export const NO_WHAT_IF: WhatIf = { withoutConditional: false, intentsAtPercent: null };
/** The slider's steps; a URL may name any whole percent from 0 to 100. */
export const INTENT_PERCENT_STEP = 10;
/** Where the intents slider starts when the switch is turned on. */
export const DEFAULT_INTENT_PERCENT = 50;

const PARAM_CONDITIONAL = "withoutConditional";
const PARAM_INTENTS = "intentsAt";

export function whatIfFromParams(params: URLSearchParams): WhatIf {
  const percent = params.get(PARAM_INTENTS);
  const whole = percent !== null && /^\d{1,3}$/.test(percent) ? Number(percent) : null;
  return {
    withoutConditional: params.get(PARAM_CONDITIONAL) === "1",
    intentsAtPercent: whole !== null && whole <= 100 ? whole : null,
  };
}

/** `params` with the what-if switches set as `whatIf` says (others kept). */
export function withWhatIf(params: URLSearchParams, whatIf: WhatIf): URLSearchParams {
  const next = new URLSearchParams(params);
  if (whatIf.withoutConditional) next.set(PARAM_CONDITIONAL, "1");
  else next.delete(PARAM_CONDITIONAL);
  if (whatIf.intentsAtPercent !== null) next.set(PARAM_INTENTS, String(whatIf.intentsAtPercent));
  else next.delete(PARAM_INTENTS);
  return next;
}

export function isWhatIfSet(whatIf: WhatIf): boolean {
  return whatIf.withoutConditional || whatIf.intentsAtPercent !== null;
}

interface WhatIfBasis {
  countedCents: number;
  targetCents: number;
  /** breakdowns.conditionalCountedCents: the counted value that lapses on a rejection. */
  conditionalCountedCents: number;
  /** summary.intentCountedCents: the intents valued as they would count once confirmed. */
  intentCountedCents: number;
}

export interface WhatIfFigures {
  /** Taken away: the conditional pledges' counted value (0 with the switch off). */
  lapsedCents: number;
  /** Added: x % of the intents' counted value, rounded down to whole cents (0 with the switch off). */
  convertedCents: number;
  countedCents: number;
  /** Still missing to the target (0 once reached). */
  gapCents: number;
  /** Above the target (0 below it). */
  surplusCents: number;
}

/**
 * Counted own funds under the assumptions: counted − conditional + ⌊intents × x ÷ 100⌋.
 * The two switches add up independently (a conditional intent is not taken out of the intents).
 */
export function whatIfFigures(basis: WhatIfBasis, whatIf: WhatIf): WhatIfFigures {
  const lapsedCents = whatIf.withoutConditional ? basis.conditionalCountedCents : 0;
  const percent = whatIf.intentsAtPercent ?? 0;
  const convertedCents = Math.floor((basis.intentCountedCents * percent) / 100);
  const countedCents = Math.max(basis.countedCents - lapsedCents, 0) + convertedCents;
  return {
    lapsedCents,
    convertedCents,
    countedCents,
    gapCents: Math.max(basis.targetCents - countedCents, 0),
    surplusCents: Math.max(countedCents - basis.targetCents, 0),
  };
}

// "Was wäre, wenn …": the counted own funds and the gap to the target under two assumptions,
// the conditional pledges lapsing (the application rejected) and x % of the intents becoming
// binding. On the dashboard the switches set them (kept in the URL, so the report follows);
// in the report they are shown, with their results, only when set.
import { useId } from "react";
import { CheckboxField } from "../../../../components/Field";
import { QueryBody } from "../SectionStates";
import type { FullSummary } from "../../../../lib/api/summary";
import { formatEuro } from "../../../../lib/format";
import { useLocale, useT } from "../../../../lib/i18n";
import { useBreakdowns } from "../../api/breakdowns";
import type { FigureView } from "../../api/summary";
import { DEFAULT_INTENT_PERCENT, INTENT_PERCENT_STEP, isWhatIfSet, whatIfFigures, type WhatIf } from "../../whatIf";

interface WhatIfPanelProps {
  campaignId: number;
  view: FigureView;
  summary: FullSummary;
  whatIf: WhatIf;
  onWhatIf?: (whatIf: WhatIf) => void;
}

export function WhatIfPanel({ campaignId, view, summary, whatIf, onWhatIf }: WhatIfPanelProps) {
  const t = useT();
  const titleId = useId();
  const breakdowns = useBreakdowns(campaignId, view);
  if (!onWhatIf && !isWhatIfSet(whatIf)) return null;
  return (
    <div className="what-if" role="group" aria-labelledby={titleId} data-testid="what-if">
      <h3 id={titleId} className="what-if__title">
        {t("whatIf.title")}
      </h3>
      <QueryBody query={breakdowns} error={t("whatIf.error")}>
        {(b) => (
          <WhatIfBody
            summary={summary}
            conditionalCountedCents={b.conditionalCountedCents}
            whatIf={whatIf}
            onWhatIf={onWhatIf}
          />
        )}
      </QueryBody>
    </div>
  );
}

interface WhatIfBodyProps {
  summary: FullSummary;
  conditionalCountedCents: number;
  whatIf: WhatIf;
  onWhatIf?: (whatIf: WhatIf) => void;
}

function WhatIfBody({ summary, conditionalCountedCents, whatIf, onWhatIf }: WhatIfBodyProps) {
  const t = useT();
  const { locale } = useLocale();
  const sliderId = useId();
  const euro = (cents: number) => formatEuro(cents, locale);
  const percent = whatIf.intentsAtPercent ?? DEFAULT_INTENT_PERCENT;
  const conditionalLabel = t("whatIf.withoutConditional", { amount: euro(conditionalCountedCents) });
  const intentsLabel = t("whatIf.intentsAt", { percent, amount: euro(summary.intentCountedCents) });
  const figures = whatIfFigures(
    {
      countedCents: summary.countedCents,
      targetCents: summary.targetCents,
      conditionalCountedCents,
      intentCountedCents: summary.intentCountedCents,
    },
    whatIf,
  );
  const set = isWhatIfSet(whatIf);
  return (
    <>
      {onWhatIf ? (
        <div className="what-if__controls">
          <CheckboxField
            label={conditionalLabel}
            checked={whatIf.withoutConditional}
            onChange={(on) => onWhatIf({ ...whatIf, withoutConditional: on })}
          />
          <CheckboxField
            label={intentsLabel}
            checked={whatIf.intentsAtPercent !== null}
            onChange={(on) => onWhatIf({ ...whatIf, intentsAtPercent: on ? percent : null })}
          />
          {whatIf.intentsAtPercent !== null && (
            <div className="what-if__slider">
              <label htmlFor={sliderId}>{t("whatIf.percentLabel")}</label>
              <input
                id={sliderId}
                type="range"
                min={0}
                max={100}
                step={INTENT_PERCENT_STEP}
                value={percent}
                aria-valuetext={t("whatIf.percentValue", { percent })}
                data-testid="what-if-percent"
                onChange={(e) => onWhatIf({ ...whatIf, intentsAtPercent: Number(e.target.value) })}
              />
              <output htmlFor={sliderId}>{t("whatIf.percentValue", { percent })}</output>
            </div>
          )}
        </div>
      ) : (
        <ul className="what-if__assumptions">
          {whatIf.withoutConditional && <li>{conditionalLabel}</li>}
          {whatIf.intentsAtPercent !== null && <li>{intentsLabel}</li>}
        </ul>
      )}
      {set ? (
        <dl className="projection__figures what-if__result" aria-live="polite">
          <div>
            <dt>{t("whatIf.counted")}</dt>
            <dd data-testid="what-if-counted">{euro(figures.countedCents)}</dd>
          </div>
          <div className={figures.gapCents > 0 ? "projection__figure--short" : undefined}>
            <dt>{t(figures.gapCents > 0 ? "whatIf.gap" : "whatIf.surplus")}</dt>
            <dd data-testid="what-if-gap">{euro(figures.gapCents > 0 ? figures.gapCents : figures.surplusCents)}</dd>
          </div>
        </dl>
      ) : (
        <p className="muted small">{t("whatIf.hint")}</p>
      )}
    </>
  );
}

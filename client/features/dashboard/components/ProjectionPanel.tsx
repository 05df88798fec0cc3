// Pace, required pace, projected total and reach date under the chart, with a verdict in a
// sentence; or, honestly, why there is no projection (too little history, deadline passed).
import { useId } from "react";
import type { FullSummary } from "../../../lib/api/summary";
import { formatDate, formatEuro } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { projectionView } from "../projectionView";

export function ProjectionPanel({ summary }: { summary: FullSummary }) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  const view = projectionView(summary);
  return (
    <div className="projection" data-testid="projection" role="group" aria-labelledby={titleId}>
      <h3 id={titleId} className="projection__title">
        {t("projection.title")}
      </h3>
      {view.kind === "none" ? (
        <p className="projection__none">{t(`projection.none.${view.reason}`)}</p>
      ) : (
        <>
          <dl className="projection__figures">
            <div className={view.pacePerDayCents < view.requiredPerDayCents ? "projection__figure--short" : undefined}>
              <dt>{t("projection.pace")}</dt>
              <dd>{formatEuro(view.pacePerDayCents, locale)}</dd>
            </div>
            <div>
              <dt>{t("projection.required")}</dt>
              <dd>{formatEuro(view.requiredPerDayCents, locale)}</dd>
            </div>
            <div>
              <dt>{t("projection.projected")}</dt>
              <dd>{formatEuro(view.projectedCents, locale)}</dd>
            </div>
            <div>
              <dt>{t(view.reached ? "projection.reachedOn" : "projection.reachDate")}</dt>
              <dd>{view.reachDate ? formatDate(view.reachDate, locale) : t("projection.notByDeadline")}</dd>
            </div>
          </dl>
          <p
            className={`projection__verdict ${view.shortfallCents > 0 ? "projection__verdict--short" : "projection__verdict--ok"}`}
          >
            {view.reached
              ? t("projection.targetReached")
              : view.shortfallCents > 0
                ? t("projection.offTrack", { amount: formatEuro(view.shortfallCents, locale) })
                : t("projection.onTrack")}
          </p>
          <p className="muted small">{t("projection.explain")}</p>
        </>
      )}
    </div>
  );
}

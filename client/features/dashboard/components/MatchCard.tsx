// What the state would add: the potential match, what flows as things stand, ratio and cap.
import { useId } from "react";
import type { FullSummary } from "../../../lib/api/summary";
import { formatEuro, formatNumber } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";

export function MatchCard({ summary }: { summary: FullSummary }) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  return (
    <section className="card card--match" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t("match.title")}
      </h2>
      <dl className="figures figures--stacked">
        <div className="figure figure--large">
          <dt>{t("match.potential")}</dt>
          <dd>{formatEuro(summary.potentialMatchCents, locale)}</dd>
        </div>
        <div className="figure">
          <dt>{t("match.state")}</dt>
          <dd className={summary.eligible ? "text-ok" : undefined}>{formatEuro(summary.stateMatchCents, locale)}</dd>
        </div>
      </dl>
      <dl className="figures figure-row">
        <div className="figure">
          <dt>{t("match.ratio")}</dt>
          <dd>{t("match.ratioValue", { ratio: formatNumber(summary.matchRatio, locale) })}</dd>
        </div>
        <div className="figure">
          <dt>{t("match.cap")}</dt>
          <dd>{formatEuro(summary.matchCapCents, locale)}</dd>
        </div>
      </dl>
      <p className="muted small">{summary.eligible ? t("match.eligibleNote") : t("match.notEligibleNote")}</p>
    </section>
  );
}

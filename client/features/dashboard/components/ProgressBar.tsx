// Paid, confirmed (binding) and intent (not binding) money on one bar toward the target,
// with a legend that carries the same figures as text.
import { ProgressTrack } from "../../../components/ProgressTrack";
import type { FullSummary } from "../../../lib/api/summary";
import { formatEuro, formatPercent } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { progressSegments } from "../progressSegments";

export function ProgressBar({ summary }: { summary: FullSummary }) {
  const t = useT();
  const { locale } = useLocale();
  const bar = progressSegments(summary);
  const countedPercent =
    summary.targetCents > 0 ? Math.min((summary.countedCents / summary.targetCents) * 100, 100) : 0;
  return (
    <div className="progress">
      <ProgressTrack percent={countedPercent} valueText={formatPercent(countedPercent, locale, 1)}>
        {bar.segments.map((s) => (
          <div
            key={s.key}
            className={`progress__segment progress__segment--${s.key}`}
            style={{ width: `${s.percent}%` }}
          />
        ))}
        {bar.targetPercent < 100 && <div className="progress__target" style={{ left: `${bar.targetPercent}%` }} />}
      </ProgressTrack>
      <ul className="legend">
        {bar.segments.map((s) => (
          <li key={s.key}>
            <span className={`legend__swatch progress__segment--${s.key}`} aria-hidden="true" />
            <span className="legend__label">{t(`progress.${s.key}`)}</span>
            <span className="legend__value">{formatEuro(s.cents, locale)}</span>
          </li>
        ))}
        <li>
          <span className="legend__swatch legend__swatch--open" aria-hidden="true" />
          <span className="legend__label">{bar.overCents > 0 ? t("progress.over") : t("progress.open")}</span>
          <span className="legend__value">{formatEuro(bar.overCents > 0 ? bar.overCents : bar.openCents, locale)}</span>
        </li>
      </ul>
    </div>
  );
}

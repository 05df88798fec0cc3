// Counted own funds toward the target on one bar, with the same figures as text: for the
// screens that see only the overall figures (the sponsor portal and the public page).
import { formatEuro, formatPercent } from "../lib/format";
import { useLocale, useT } from "../lib/i18n";
import { ProgressTrack } from "./ProgressTrack";

export function TargetProgress({ countedCents, targetCents }: { countedCents: number; targetCents: number }) {
  const t = useT();
  const { locale } = useLocale();
  const percent = targetCents > 0 ? (countedCents / targetCents) * 100 : 0;
  const shown = Math.min(percent, 100);
  return (
    <div className="target-progress">
      <p className="target-progress__figures">
        <span className="target-progress__value">{formatEuro(countedCents, locale)}</span>{" "}
        <span className="muted">{t("headline.ofTarget", { target: formatEuro(targetCents, locale) })}</span>
      </p>
      <ProgressTrack percent={shown} valueText={formatPercent(percent, locale, 1)}>
        <div className="progress__segment progress__segment--confirmed" style={{ width: `${shown}%` }} />
      </ProgressTrack>
      <p className="muted small">{t("headline.percent", { percent: formatPercent(percent, locale, 1) })}</p>
    </div>
  );
}

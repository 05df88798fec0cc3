// The cumulative chart's summary sentence (on the dashboard and in the report), for everyone
// and for whoever cannot see the chart: where the counted own funds stand, the target and
// deadline, when it was reached or where the pace leads.
import { formatDate, formatEuro } from "../lib/format";
import { useLocale, useT } from "../lib/i18n";

interface ChartSentenceProps {
  latest: { date: string; countedCents: number };
  reachedOn: string | null;
  targetCents: number;
  deadline: string;
  /** The projected total at the deadline, when the chart draws one. */
  projectedCents?: number | null;
}

export function ChartSentence({ latest, reachedOn, targetCents, deadline, projectedCents }: ChartSentenceProps) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <p className="muted small">
      {t("chart.summary", {
        date: formatDate(latest.date, locale),
        amount: formatEuro(latest.countedCents, locale),
        target: formatEuro(targetCents, locale),
        deadline: formatDate(deadline, locale),
      })}{" "}
      {reachedOn && t("chart.summaryReached", { date: formatDate(reachedOn, locale) })}{" "}
      {projectedCents != null &&
        !reachedOn &&
        t("chart.summaryProjection", {
          deadline: formatDate(deadline, locale),
          amount: formatEuro(projectedCents, locale),
        })}
    </p>
  );
}

// The cumulative chart with its text alternative: a summary sentence for everyone and a
// visually hidden table of the daily figures for screen readers. Recharts loads lazily.
import { lazy, Suspense, useId, useMemo } from "react";
import { Loading } from "../../../components/States";
import { formatDate, formatEuro } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import type { Summary } from "../api/summary";
import { cumulativeChartData } from "../selectors";

const CumulativeChart = lazy(() => import("./CumulativeChart"));

export function ChartSection({ summary, windowStart }: { summary: Summary; windowStart?: string | null }) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  const { timeline, targetCents, deadline, asOf } = summary;
  const data = useMemo(
    () => cumulativeChartData({ timeline, targetCents, deadline, asOf, windowStart }),
    [timeline, targetCents, deadline, asOf, windowStart],
  );
  return (
    <section className="card dashboard__wide" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t("chart.title")}
      </h2>
      <p className="muted small">
        {t("chart.summary", {
          date: formatDate(data.latest.date, locale),
          amount: formatEuro(data.latest.countedCents, locale),
          target: formatEuro(targetCents, locale),
          deadline: formatDate(deadline, locale),
        })}{" "}
        {data.reachedOn && t("chart.summaryReached", { date: formatDate(data.reachedOn, locale) })}
      </p>
      <Suspense fallback={<div className="chart chart--loading"><Loading label={t("chart.loading")} /></div>}>
        <CumulativeChart data={data} />
      </Suspense>
      {/* Wrapped: a table ignores the 1px box of .visually-hidden and would stretch the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{t("chart.table.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("chart.table.date")}</th>
              <th scope="col">{t("chart.table.counted")}</th>
            </tr>
          </thead>
          <tbody>
            {timeline.map((p) => (
              <tr key={p.date}>
                <td>{formatDate(p.date, locale)}</td>
                <td>{formatEuro(p.countedCents, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

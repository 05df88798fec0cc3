// The cumulative chart with its legend and the text alternative: a summary sentence for
// everyone and a visually hidden table of the drawn days (or weeks) for screen readers.
// Recharts loads lazily. The forecast's figures follow in the committee's card after it.
import { lazy, Suspense, useId, useMemo } from "react";
import { ChartSentence } from "../../../components/ChartSentence";
import { Loading } from "../../../components/States";
import type { FullSummary } from "../../../lib/api/summary";
import { formatDate, formatEuro } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { chartSeries } from "../chartSeries";

const CumulativeChart = lazy(() => import("./CumulativeChart"));

export function ChartSection({ summary, windowStart }: { summary: FullSummary; windowStart?: string | null }) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  const { timeline, targetCents, deadline, asOf } = summary;
  const projectedCents = summary.projection.projectedCents;
  const data = useMemo(
    () => chartSeries({ timeline, targetCents, deadline, asOf, windowStart, projectedCents }),
    [timeline, targetCents, deadline, asOf, windowStart, projectedCents],
  );
  const weekly = data.granularity === "week";
  return (
    <section className="card dashboard__wide" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t("chart.title")}
      </h2>
      <ChartSentence
        latest={data.latest}
        reachedOn={data.reachedOn}
        targetCents={targetCents}
        deadline={deadline}
        projectedCents={data.projection?.to.countedCents}
      />
      <Suspense
        fallback={
          <div className="chart chart--loading">
            <Loading label={t("chart.loading")} />
          </div>
        }
      >
        <CumulativeChart data={data} />
      </Suspense>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="chart-legend__swatch chart-legend__swatch--counted" />
          {t("chart.series")}
        </li>
        <li>
          <span className="chart-legend__swatch chart-legend__swatch--bars" />
          {t(weekly ? "chart.bars.week" : "chart.bars.day")}
        </li>
        {data.projection && (
          <li>
            <span className="chart-legend__swatch chart-legend__swatch--projection" />
            {t("chart.projectionLine")}
          </li>
        )}
        <li>
          <span className="chart-legend__swatch chart-legend__swatch--target" />
          {t("chart.targetLine")}
        </li>
        <li>
          <span className="chart-legend__swatch chart-legend__swatch--deadline" />
          {t("chart.deadlineLine")}
        </li>
      </ul>
      {weekly && <p className="muted small">{t("chart.weekly")}</p>}
      {/* Wrapped: a table ignores the 1px box of .visually-hidden and would stretch the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{t("chart.table.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t(weekly ? "chart.table.week" : "chart.table.date")}</th>
              <th scope="col">{t("chart.table.counted")}</th>
              <th scope="col">{t("chart.table.increase")}</th>
            </tr>
          </thead>
          <tbody>
            {data.drawn.map((p) => (
              <tr key={p.date}>
                <td>{formatDate(p.date, locale)}</td>
                <td>{formatEuro(p.countedCents, locale)}</td>
                <td>{formatEuro(p.increaseCents, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

// The cumulative chart on paper: a fixed width that fits A4 portrait between 15 mm margins,
// with the same sentence as the dashboard for whoever cannot see it.
import { lazy, Suspense, useId, useMemo, type Ref } from "react";
import { ChartSentence } from "../../../../components/ChartSentence";
import { Loading } from "../../../../components/States";
import type { FullSummary } from "../../../../lib/api/summary";
import { cumulativeChartData } from "../../../../lib/cumulativeChart";
import { useT } from "../../../../lib/i18n";

const ReportChart = lazy(() => import("./ReportChart"));

/** 620 CSS px ≈ 164 mm: inside the 180 mm between A4's margins, with the card's padding. */
export const REPORT_CHART_WIDTH = 620;

interface ReportChartSectionProps {
  summary: FullSummary;
  windowStart?: string | null;
  /** The chart's width: REPORT_CHART_WIDTH, or less on a narrow screen (useFittedWidth). */
  width?: number;
  ref?: Ref<HTMLElement>;
}

export function ReportChartSection({ summary, windowStart, width = REPORT_CHART_WIDTH, ref }: ReportChartSectionProps) {
  const t = useT();
  const titleId = useId();
  const { timeline, targetCents, deadline, asOf } = summary;
  const data = useMemo(
    () => cumulativeChartData({ timeline, targetCents, deadline, asOf, windowStart }),
    [timeline, targetCents, deadline, asOf, windowStart],
  );
  return (
    <section ref={ref} className="card report-section report-section--chart" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t("chart.title")}
      </h2>
      <ChartSentence latest={data.latest} reachedOn={data.reachedOn} targetCents={targetCents} deadline={deadline} />
      {timeline.length > 0 && (
        <Suspense
          fallback={
            <div className="chart chart--loading">
              <Loading label={t("chart.loading")} />
            </div>
          }
        >
          <ReportChart data={data} width={width} />
        </Suspense>
      )}
    </section>
  );
}

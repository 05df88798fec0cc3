// The committee's printable report (A4 portrait): the campaign's figures at the end of a day
// (`?asOf=YYYY-MM-DD`, default today) with the time they were taken, eligibility, the
// cumulative chart, cash flow, pipeline and breakdowns. The committee's sections come from
// features/committee and the rule texts and chart data from features/dashboard: the report
// is the one screen that puts the others on paper, so it reuses rather than copies them.
import "../../css/committee.css";
import "../../css/report.css";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { isCalendarDate } from "../../../server/domain/dates";
import { ErrorState, Loading } from "../../components/States";
import { useCampaignId, useCurrentCampaign } from "../../lib/campaigns";
import { todayInBerlin } from "../../lib/format";
import { useT } from "../../lib/i18n";
import { useFullSummary } from "../committee/api/summary";
import { BreakdownsSection } from "../committee/components/BreakdownsSection";
import { CashFlowSection } from "../committee/components/CashFlowSection";
import { PipelineSection } from "../committee/components/PipelineSection";
import { KeyTotals } from "./components/KeyTotals";
import { ReportChartSection, REPORT_CHART_WIDTH } from "./components/ReportChartSection";
import { ReportHeader } from "./components/ReportHeader";
import { ReportRules } from "./components/ReportRules";
import { useFittedWidth } from "./useFittedWidth";

/** Rows of the pipeline's tables on paper. */
const PIPELINE_ROWS = 10;

export function ReportPage() {
  const t = useT();
  const campaignId = useCampaignId();
  const campaign = useCurrentCampaign();
  const [params] = useSearchParams();
  const [today] = useState(todayInBerlin);
  const asOf = pastDay(params.get("asOf"), today);
  const summary = useFullSummary(campaignId, asOf);
  // Both charts sit in cards of the same width: the first one's measure serves both.
  const [chartCard, chartWidth] = useFittedWidth(REPORT_CHART_WIDTH);

  return (
    <article className="report" data-testid="report">
      <ReportHeader campaignId={campaignId} name={campaign?.name} asOf={asOf} takenAt={summary.data ? summary.dataUpdatedAt : null} />
      {summary.isPending ? (
        <Loading />
      ) : summary.isError ? (
        <ErrorState error={summary.error} message={t("report.error")} onRetry={() => summary.refetch()} />
      ) : (
        <>
          <KeyTotals summary={summary.data} />
          <ReportRules summary={summary.data} />
          <ReportChartSection ref={chartCard} summary={summary.data} windowStart={campaign?.windowStart} width={chartWidth} />
          <CashFlowSection campaignId={campaignId} summary={summary.data} chartWidth={chartWidth} />
          {asOf && <p className="muted small report__note">{t("report.pipelineToday")}</p>}
          <PipelineSection campaignId={campaignId} limit={PIPELINE_ROWS} />
          <BreakdownsSection campaignId={campaignId} asOf={summary.data.asOf} summary={summary.data} compact />
        </>
      )}
    </article>
  );
}

/** `?asOf=` as the dashboard reads it: a real calendar day before today, else today (undefined). */
function pastDay(value: string | null, today: string): string | undefined {
  return value && isCalendarDate(value) && value < today ? value : undefined;
}

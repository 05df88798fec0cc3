// The committee's printable report (A4 portrait): the campaign's figures at the end of a day
// (`?asOf=YYYY-MM-DD`, default today) with the time they were taken, eligibility, the
// cumulative chart, cash flow, pipeline and breakdowns. It is the committee's page: its
// sections are the ones the dashboard shows below its figures, reused rather than copied.
import "../../../../css/committee.css";
import "../../../../css/report.css";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { isCalendarDate } from "../../../../../server/domain/dates";
import { ErrorState, Loading } from "../../../../components/States";
import { useCampaignId, useCurrentCampaign } from "../../../../lib/campaigns";
import { todayInBerlin } from "../../../../lib/format";
import { useT } from "../../../../lib/i18n";
import { useFullSummary } from "../../api/summary";
import { BreakdownsSection } from "../BreakdownsSection";
import { CashFlowSection } from "../CashFlowSection";
import { PipelineSection } from "../PipelineSection";
import { KeyTotals } from "./KeyTotals";
import { ReportChartSection, REPORT_CHART_WIDTH } from "./ReportChartSection";
import { ReportHeader } from "./ReportHeader";
import { ReportRules } from "./ReportRules";
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
      <ReportHeader
        campaignId={campaignId}
        name={campaign?.name}
        asOf={asOf}
        takenAt={summary.data ? summary.dataUpdatedAt : null}
      />
      {summary.isPending ? (
        <Loading />
      ) : summary.isError ? (
        <ErrorState error={summary.error} message={t("report.error")} onRetry={() => summary.refetch()} />
      ) : (
        <>
          <KeyTotals summary={summary.data} />
          <ReportRules summary={summary.data} />
          <ReportChartSection
            ref={chartCard}
            summary={summary.data}
            windowStart={campaign?.windowStart}
            width={chartWidth}
          />
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

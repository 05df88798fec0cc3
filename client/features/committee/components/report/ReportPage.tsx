// The committee's printable report (A4 portrait): the campaign's figures at the end of a day
// (`?asOf=YYYY-MM-DD`, default today), as recorded by a time (`?knownAt=YYYY-MM-DDTHH:MM`,
// Berlin) when given, with the time they were taken; the forecast (with the dashboard's
// what-if switches when set), the later corrections, eligibility, the cumulative chart, cash
// flow, pipeline and breakdowns. It is the committee's page: its sections are the ones the
// dashboard shows, reused rather than copied.
import "../../../../css/committee.css";
import "../../../../css/report.css";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { isCalendarDate } from "../../../../../server/domain/dates";
import { ErrorState, Loading } from "../../../../components/States";
import { useCampaignId, useCurrentCampaign } from "../../../../lib/campaigns";
import { todayInBerlin } from "../../../../lib/format";
import { useT } from "../../../../lib/i18n";
import { berlinInstant, knownAtFromParam, knownAtParts } from "../../../../lib/knownAt";
import { useFullSummary, type FigureView } from "../../api/summary";
import { whatIfFromParams } from "../../whatIf";
import { BreakdownsSection } from "../BreakdownsSection";
import { CashFlowSection } from "../CashFlowSection";
import { CorrectionsSection } from "../CorrectionsSection";
import { ForecastSection } from "../forecast/ForecastSection";
import { PipelineSection } from "../PipelineSection";
import { KeyTotals } from "./KeyTotals";
import { ReportChartSection, REPORT_CHART_WIDTH } from "./ReportChartSection";
import { ReportHeader } from "./ReportHeader";
import { ReportRules } from "./ReportRules";
import { useFittedWidth } from "./useFittedWidth";
import { useCampaignPageTitle } from "../../../../lib/usePageTitle";

/** Rows of the pipeline's tables on paper. */
const PIPELINE_ROWS = 10;

export function ReportPage() {
  const t = useT();
  useCampaignPageTitle(t("report.title"));
  const campaignId = useCampaignId();
  const campaign = useCurrentCampaign();
  const [params] = useSearchParams();
  const [today] = useState(todayInBerlin);
  const local = knownAtFromParam(params.get("knownAt"));
  // As the dashboard reads it: a time of knowledge alone shows its own day.
  const asOf = pastDay(params.get("asOf"), today) ?? (local ? pastDay(knownAtParts(local).day, today) : undefined);
  const knownAt = local ? berlinInstant(local) : undefined;
  const view: FigureView = knownAt ? { asOf: asOf ?? today, knownAt } : { asOf };
  const summary = useFullSummary(campaignId, view);
  // The sections read the summary's own day, so every part of the page stands on the same one.
  const dayView: FigureView = summary.data ? { ...view, asOf: summary.data.asOf } : view;
  // Both charts sit in cards of the same width: the first one's measure serves both.
  const [chartCard, chartWidth] = useFittedWidth(REPORT_CHART_WIDTH);

  return (
    <article className="report" data-testid="report">
      <ReportHeader
        campaignId={campaignId}
        name={campaign?.name}
        asOf={view.asOf}
        knownAt={knownAt}
        takenAt={summary.data ? summary.dataUpdatedAt : null}
      />
      {summary.isPending ? (
        <Loading />
      ) : summary.isError ? (
        <ErrorState error={summary.error} message={t("report.error")} onRetry={() => summary.refetch()} />
      ) : (
        <>
          <KeyTotals summary={summary.data} />
          <ForecastSection
            campaignId={campaignId}
            view={dayView}
            summary={summary.data}
            whatIf={whatIfFromParams(params)}
            className="report-section"
          />
          {knownAt && <CorrectionsSection campaignId={campaignId} asOf={summary.data.asOf} knownAt={knownAt} />}
          <ReportRules summary={summary.data} />
          <ReportChartSection
            ref={chartCard}
            summary={summary.data}
            windowStart={campaign?.windowStart}
            width={chartWidth}
          />
          <CashFlowSection campaignId={campaignId} view={dayView} summary={summary.data} chartWidth={chartWidth} />
          <PipelineSection campaignId={campaignId} view={dayView} limit={PIPELINE_ROWS} />
          <BreakdownsSection campaignId={campaignId} view={dayView} summary={summary.data} compact />
        </>
      )}
    </article>
  );
}

/** `?asOf=` as the dashboard reads it: a real calendar day before today, else today (undefined). */
function pastDay(value: string | null, today: string): string | undefined {
  return value && isCalendarDate(value) && value < today ? value : undefined;
}

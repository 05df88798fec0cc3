// The committee's three sections for the dashboard: pipeline (always today), cash flow and
// breakdowns (for `asOf`). `summary` is the dashboard's for that day (its cash flow, kinds and
// countries are shown as they are); without one, the sections load it.
import "../../../css/committee.css";
import type { FullSummary } from "../../../lib/api/summary";
import { BreakdownsSection } from "./BreakdownsSection";
import { CashFlowSection } from "./CashFlowSection";
import { PipelineSection } from "./PipelineSection";

interface CommitteeSectionsProps {
  campaignId: number;
  /** The day shown; null or absent for today. */
  asOf?: string | null;
  /** The page's summary for the same day, so it is not loaded twice. */
  summary?: FullSummary;
}

export function CommitteeSections({ campaignId, asOf, summary }: CommitteeSectionsProps) {
  const day = asOf ?? summary?.asOf;
  return (
    <div className="committee dashboard__wide">
      <PipelineSection campaignId={campaignId} />
      <CashFlowSection campaignId={campaignId} asOf={day} summary={summary} />
      <BreakdownsSection campaignId={campaignId} asOf={day} summary={summary} />
    </div>
  );
}

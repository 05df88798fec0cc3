// The committee's parts of the dashboard, for the view it shows (`asOf`, `knownAt`): the later
// corrections to a day shown as known at a time, the forecast with its what-if switches, and
// below the page's own cards the pipeline, cash flow, the state funds drawn down and breakdowns. `summary` is the
// dashboard's for the same view (its cash flow, kinds and countries are shown as they are).
import "../../../css/committee.css";
import { useState } from "react";
import { useSearchParams } from "react-router";
import type { FullSummary } from "../../../lib/api/summary";
import { useCurrentCampaign } from "../../../lib/campaigns";
import type { FigureView } from "../api/summary";
import { whatIfFromParams, withWhatIf, type WhatIf } from "../whatIf";
import { BreakdownsSection } from "./BreakdownsSection";
import { CashFlowSection } from "./CashFlowSection";
import { DrawdownSection } from "./DrawdownSection";
import { CorrectionsSection } from "./CorrectionsSection";
import { ForecastSection } from "./forecast/ForecastSection";
import { PipelineSection } from "./PipelineSection";

interface CommitteeProps {
  campaignId: number;
  /** The day shown; null for today. */
  asOf: string | null;
  /** The time the figures are known at (ISO instant); null for everything recorded. */
  knownAt: string | null;
  /** The page's summary for the same view, so it is not loaded twice. */
  summary: FullSummary;
}

/** The view as the committee's queries take it: the summary's day, so every part reads the same one. */
function figureView({ summary, knownAt }: CommitteeProps): FigureView {
  return knownAt ? { asOf: summary.asOf, knownAt } : { asOf: summary.asOf };
}

/** "Nachträgliche Änderungen", only for a view as known at a time. */
export function CommitteeCorrections(props: CommitteeProps) {
  if (!props.knownAt) return null;
  return <CorrectionsSection campaignId={props.campaignId} asOf={props.summary.asOf} knownAt={props.knownAt} />;
}

/**
 * The what-if switches, kept in the URL so the report shows them too. The switches answer at
 * once (the URL follows a moment later); a change of the URL from outside (back, a link) wins.
 */
function useWhatIfParam(): [WhatIf, (whatIf: WhatIf) => void] {
  const [params, setParams] = useSearchParams();
  const fromUrl = whatIfFromParams(params);
  const [whatIf, setWhatIf] = useState(fromUrl);
  const [synced, setSynced] = useState(fromUrl);
  if (
    synced.withoutConditional !== fromUrl.withoutConditional ||
    synced.intentsAtPercent !== fromUrl.intentsAtPercent
  ) {
    setSynced(fromUrl);
    setWhatIf(fromUrl);
  }
  const change = (next: WhatIf) => {
    setWhatIf(next);
    setParams((current) => withWhatIf(current, next), { replace: true });
  };
  return [whatIf, change];
}

/** The forecast and the what-if switches. */
export function CommitteeForecast(props: CommitteeProps) {
  const [whatIf, setWhatIf] = useWhatIfParam();
  return (
    <ForecastSection
      campaignId={props.campaignId}
      view={figureView(props)}
      summary={props.summary}
      whatIf={whatIf}
      onWhatIf={setWhatIf}
      className="dashboard__wide"
    />
  );
}

export function CommitteeSections(props: CommitteeProps) {
  const view = figureView(props);
  const campaign = useCurrentCampaign();
  return (
    <div className="committee dashboard__wide">
      <PipelineSection campaignId={props.campaignId} view={view} />
      <CashFlowSection campaignId={props.campaignId} view={view} summary={props.summary} />
      <DrawdownSection
        campaignId={props.campaignId}
        view={view}
        campaign={campaign}
        today={props.asOf === null && props.knownAt === null}
      />
      <BreakdownsSection campaignId={props.campaignId} view={view} summary={props.summary} />
    </div>
  );
}

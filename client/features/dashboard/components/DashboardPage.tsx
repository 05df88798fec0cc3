// The campaign at a glance: counted own funds toward the target, the chart with its
// projection, eligibility and what the state match would bring. Today's figures are live
// (campaign.onSummary); a past day (`?asOf=`) is a still picture. Key figures show their
// change against a week earlier. Below its own cards the app adds the committee's sections
// (client/app/CampaignDashboard.tsx): another feature, so this page does not import them.
import { useState, type ReactNode } from "react";
import { Link, useNavigate } from "react-router";
import { addDays } from "../../../../server/domain/dates";
import { EmptyState, ErrorState, Loading } from "../../../components/States";
import type { FullSummary } from "../../../lib/api/summary";
import { useCampaignId, useCurrentCampaign } from "../../../lib/campaigns";
import { canWrite } from "../../../lib/codes";
import { formatDate, todayInBerlin } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { useLiveSummary } from "../api/live";
import { useSummary } from "../api/summary";
import { useAsOfParam } from "../asOfParam";
import { COMPARE_DAYS, figureChanges } from "../compare";
import { ChartSection } from "./ChartSection";
import { DashboardToolbar } from "./DashboardToolbar";
import { EligibilityChecklist } from "./EligibilityChecklist";
import { Headline } from "./Headline";
import { KeyFigures } from "./KeyFigures";
import { MatchCard } from "./MatchCard";
import { PublicPageSwitch } from "./PublicPageSwitch";

/** The day the page shows (`asOf` null for today) and its figures, passed on so they load once. */
export interface DayShown {
  campaignId: number;
  asOf: string | null;
  summary: FullSummary;
}

/** `renderBelow`: more sections for the day shown, after the dashboard's own cards. */
export function DashboardPage({ renderBelow }: { renderBelow?: (day: DayShown) => ReactNode }) {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const campaignId = useCampaignId();
  const campaign = useCurrentCampaign();
  const [today] = useState(todayInBerlin);
  const [asOf, setAsOf] = useAsOfParam(today);
  const summary = useSummary(campaignId, asOf);
  const live = useLiveSummary(campaignId, asOf === null);
  // The week before the day shown; the server's day, not the browser's, once it is known.
  const comparedWith = addDays(summary.data?.asOf ?? asOf ?? today, -COMPARE_DAYS);
  const earlier = useSummary(campaignId, comparedWith, summary.isSuccess);
  const changes = summary.data ? figureChanges(summary.data, earlier.data) : null;

  return (
    <>
      <div className="page__header">
        <div>
          <h1>{campaign?.name ?? t("nav.dashboard")}</h1>
          <p className="page__meta">
            {campaign?.region && <span>{campaign.region}</span>}
            {campaign && <span className="pill">{t(`applicationStatus.${campaign.applicationStatus}`)}</span>}
            {summary.data && <span>{t("dashboard.asOf", { date: formatDate(summary.data.asOf, locale) })}</span>}
          </p>
        </div>
        <div className="page__actions">
          {campaign?.role === "admin" && <PublicPageSwitch campaign={campaign} />}
          <Link className="button" to={`/c/${campaignId}/report${asOf ? `?asOf=${asOf}` : ""}`}>
            {t("committee.report")}
          </Link>
          {canWrite(campaign?.role) && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => navigate(`/c/${campaignId}/pledges/new`)}
            >
              {t("dashboard.logPledge")}
            </button>
          )}
        </div>
      </div>
      <DashboardToolbar asOf={asOf} today={today} onAsOf={setAsOf} live={live} />
      {summary.isPending ? (
        <Loading />
      ) : summary.isError ? (
        <ErrorState error={summary.error} message={t("dashboard.error")} onRetry={() => summary.refetch()} />
      ) : (
        <div className="dashboard">
          <Headline summary={summary.data} change={changes?.countedCents ?? null} comparedWith={comparedWith} />
          <MatchCard summary={summary.data} />
          {summary.data.pledgeCount === 0 ? (
            <div className="dashboard__wide card">
              <EmptyState title={t("dashboard.empty.title")}>{t("dashboard.empty.text")}</EmptyState>
            </div>
          ) : (
            <ChartSection summary={summary.data} windowStart={campaign?.windowStart} />
          )}
          <EligibilityChecklist summary={summary.data} campaign={campaign} />
          <KeyFigures summary={summary.data} changes={changes} comparedWith={comparedWith} />
          {renderBelow?.({ campaignId, asOf, summary: summary.data })}
        </div>
      )}
    </>
  );
}

// The campaign at a glance: counted own funds toward the target, the cumulative chart,
// eligibility and what the state match would bring.
import { useNavigate } from "react-router";
import { EmptyState, ErrorState, Loading } from "../../../components/States";
import { useCampaignId, useCurrentCampaign } from "../../../lib/campaigns";
import { canWrite } from "../../../lib/codes";
import { formatDate } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { useSummary } from "../api/summary";
import { ChartSection } from "./ChartSection";
import { EligibilityChecklist } from "./EligibilityChecklist";
import { Headline } from "./Headline";
import { KeyFigures } from "./KeyFigures";
import { MatchCard } from "./MatchCard";
import { PublicPageSwitch } from "./PublicPageSwitch";

export function DashboardPage() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const campaignId = useCampaignId();
  const campaign = useCurrentCampaign();
  const summary = useSummary(campaignId);

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
          {canWrite(campaign?.role) && (
            <button type="button" className="button button--primary" onClick={() => navigate(`/c/${campaignId}/pledges/new`)}>
              {t("dashboard.logPledge")}
            </button>
          )}
        </div>
      </div>
      {summary.isPending ? (
        <Loading />
      ) : summary.isError ? (
        <ErrorState error={summary.error} message={t("dashboard.error")} onRetry={() => summary.refetch()} />
      ) : (
        <div className="dashboard">
          <Headline summary={summary.data} />
          <MatchCard summary={summary.data} />
          {summary.data.pledgeCount === 0 ? (
            <div className="dashboard__wide card">
              <EmptyState title={t("dashboard.empty.title")}>{t("dashboard.empty.text")}</EmptyState>
            </div>
          ) : (
            <ChartSection summary={summary.data} windowStart={campaign?.windowStart} />
          )}
          <EligibilityChecklist summary={summary.data} />
          <KeyFigures summary={summary.data} />
        </div>
      )}
    </>
  );
}

// The campaign at a glance: counted own funds toward the target, the chart, eligibility and
// what the state match would bring. Today's figures are live (campaign.onSummary); a past day
// (`?asOf=`) or a time of knowledge (`?knownAt=`) is a still picture. Key figures show their
// change against a week earlier, as known at the same time. Around its own cards the app adds
// the committee's sections (client/app/CampaignDashboard.tsx): another feature, so this page
// does not import them.
import { lazy, Suspense, useState, type ReactNode } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { addDays } from "../../../../server/domain/dates";
import { EmptyState, ErrorState, Loading } from "../../../components/States";
import type { FullSummary } from "../../../lib/api/summary";
import { useCampaignId, useCurrentCampaign } from "../../../lib/campaigns";
import { canWrite } from "../../../lib/codes";
import { formatDate, formatInstant, todayInBerlin } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { berlinInstant } from "../../../lib/knownAt";
import { useLiveSummary } from "../api/live";
import { useSummary } from "../api/summary";
import { useViewParams } from "../asOfParam";
import { COMPARE_DAYS, figureChanges } from "../compare";
import { DashboardToolbar } from "./DashboardToolbar";
import { EligibilityChecklist } from "./EligibilityChecklist";
import { Headline } from "./Headline";
import { KeyFigures } from "./KeyFigures";
import { MatchCard } from "./MatchCard";

// The chart's card (its sentence, legend and table for screen readers come with the chart)
// loads after the headline figures; only admins see the public-page switch (with the
// barometer's snippet), so it loads for them alone.
const ChartSection = lazy(() => import("./ChartSection").then((m) => ({ default: m.ChartSection })));
const PublicPageSwitch = lazy(() => import("./PublicPageSwitch").then((m) => ({ default: m.PublicPageSwitch })));

/** The view the page shows and its figures, passed on so they load once. */
export interface DayShown {
  campaignId: number;
  /** The day shown, null for today. */
  asOf: string | null;
  /** The time the figures are known at, an ISO instant with offset; null for everything recorded. */
  knownAt: string | null;
  summary: FullSummary;
}

/** More sections for the view shown: above the chart (`top`), after it, and after the page's own cards. */
export interface DashboardSlots {
  top?: (day: DayShown) => ReactNode;
  afterChart?: (day: DayShown) => ReactNode;
  below?: (day: DayShown) => ReactNode;
}

export function DashboardPage({ slots = {} }: { slots?: DashboardSlots }) {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const campaignId = useCampaignId();
  const campaign = useCurrentCampaign();
  const [today] = useState(todayInBerlin);
  const view = useViewParams(today);
  const { asOf } = view;
  const knownAt = view.knownAt ? berlinInstant(view.knownAt) : null;
  const summary = useSummary(campaignId, { asOf, knownAt, today });
  const live = useLiveSummary(campaignId, asOf === null && knownAt === null);
  // The week before the day shown; the server's day, not the browser's, once it is known.
  const comparedWith = addDays(summary.data?.asOf ?? asOf ?? today, -COMPARE_DAYS);
  const earlier = useSummary(campaignId, { asOf: comparedWith, knownAt, today }, summary.isSuccess);
  const changes = summary.data ? figureChanges(summary.data, earlier.data) : null;
  // The report shows the same view: the day, the time of knowledge and the what-if switches.
  const [params] = useSearchParams();
  const reportSearch = new URLSearchParams(params);
  if (asOf) reportSearch.set("asOf", asOf);
  const reportQuery = reportSearch.toString();

  return (
    <>
      <div className="page__header">
        <div>
          <h1>{campaign?.name ?? t("nav.dashboard")}</h1>
          <p className="page__meta">
            {campaign?.region && <span>{campaign.region}</span>}
            {/* The status the application had on the day shown. */}
            {summary.data?.applicationStatus && (
              <span className="pill" data-testid="application-status">
                {t(`applicationStatus.${summary.data.applicationStatus}`)}
              </span>
            )}
            {summary.data && (
              <span>
                {knownAt
                  ? t("dashboard.asOfKnown", {
                      date: formatDate(summary.data.asOf, locale),
                      time: formatInstant(knownAt, locale),
                    })
                  : t("dashboard.asOf", { date: formatDate(summary.data.asOf, locale) })}
              </span>
            )}
          </p>
        </div>
        <div className="page__actions">
          {campaign?.role === "admin" && (
            <Suspense fallback={null}>
              <PublicPageSwitch campaign={campaign} />
            </Suspense>
          )}
          <Link className="button" to={`/c/${campaignId}/report${reportQuery ? `?${reportQuery}` : ""}`}>
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
      <DashboardToolbar view={view} today={today} live={live} />
      {summary.isPending ? (
        <Loading />
      ) : summary.isError ? (
        <ErrorState error={summary.error} message={t("dashboard.error")} onRetry={() => summary.refetch()} />
      ) : (
        <div className="dashboard">
          <Headline summary={summary.data} change={changes?.countedCents ?? null} comparedWith={comparedWith} />
          <MatchCard summary={summary.data} />
          {slots.top?.({ campaignId, asOf, knownAt, summary: summary.data })}
          {summary.data.pledgeCount === 0 ? (
            <div className="dashboard__wide card">
              <EmptyState title={t("dashboard.empty.title")}>{t("dashboard.empty.text")}</EmptyState>
            </div>
          ) : (
            <Suspense fallback={<ChartPlaceholder />}>
              <ChartSection summary={summary.data} windowStart={campaign?.windowStart} />
            </Suspense>
          )}
          {summary.data.pledgeCount > 0 && slots.afterChart?.({ campaignId, asOf, knownAt, summary: summary.data })}
          <EligibilityChecklist summary={summary.data} campaign={campaign} />
          <KeyFigures summary={summary.data} changes={changes} comparedWith={comparedWith} />
          {slots.below?.({ campaignId, asOf, knownAt, summary: summary.data })}
        </div>
      )}
    </>
  );
}

/** The chart's card while its code loads: the same title and the chart's own loading state. */
function ChartPlaceholder() {
  const t = useT();
  return (
    <section className="card dashboard__wide">
      <h2 className="card__title">{t("chart.title")}</h2>
      <div className="chart chart--loading">
        <Loading label={t("chart.loading")} />
      </div>
    </section>
  );
}

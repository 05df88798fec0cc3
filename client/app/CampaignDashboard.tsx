// The campaign's dashboard with the committee's parts around its figures: the later
// corrections (for a view as known at a time), the forecast with its what-if switches after
// the chart, and the sections under the figures. Two features meet here, in the app, because
// features do not import each other. The committee's parts load lazily, after the headline
// figures, so the first screen stays small.
import { lazy, Suspense, type ComponentType, type ReactNode } from "react";
import { Loading } from "../components/States";
import { DashboardPage, type DayShown } from "../features/dashboard/components/DashboardPage";
import { useT } from "../lib/i18n";
import { useCampaignPageTitle } from "../lib/usePageTitle";

const committee = () => import("../features/committee/components/CommitteeSections");
const CommitteeCorrections = lazy(() => committee().then((m) => ({ default: m.CommitteeCorrections })));
const CommitteeForecast = lazy(() => committee().then((m) => ({ default: m.CommitteeForecast })));
const CommitteeSections = lazy(() => committee().then((m) => ({ default: m.CommitteeSections })));

const wideLoading = (
  <div className="dashboard__wide">
    <Loading />
  </div>
);

function slot(Part: ComponentType<DayShown>, fallback: ReactNode = wideLoading) {
  return (day: DayShown) => (
    <Suspense fallback={fallback}>
      <Part {...day} />
    </Suspense>
  );
}

const slots = {
  top: slot(CommitteeCorrections, null),
  afterChart: slot(CommitteeForecast),
  below: slot(CommitteeSections),
};

export function CampaignDashboard() {
  const t = useT();
  useCampaignPageTitle(t("nav.dashboard"));
  return <DashboardPage slots={slots} />;
}

// The campaign's dashboard with the committee's sections under its figures. Two features meet
// here, in the app, because features do not import each other. The sections load lazily,
// after the headline figures, so the first screen stays small.
import { lazy, Suspense } from "react";
import { Loading } from "../components/States";
import { DashboardPage } from "../features/dashboard/components/DashboardPage";

const CommitteeSections = lazy(() =>
  import("../features/committee/components/CommitteeSections").then((m) => ({ default: m.CommitteeSections })),
);

export function CampaignDashboard() {
  return (
    <DashboardPage
      renderBelow={({ campaignId, asOf, summary }) => (
        <Suspense fallback={<Loading />}>
          <CommitteeSections campaignId={campaignId} asOf={asOf} summary={summary} />
        </Suspense>
      )}
    />
  );
}

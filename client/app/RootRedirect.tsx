// `/`: the first campaign's dashboard, or a note when the user takes part in none; a funder's
// is its portfolio (it has no campaign screens).
import { Link, Navigate } from "react-router";
import { EmptyState, ErrorState, Loading } from "../components/States";
import { useCampaigns } from "../lib/campaigns";
import { useT } from "../lib/i18n";
import { isFunder, useStaffUser } from "../lib/me";
import { usePageTitle } from "../lib/usePageTitle";

export function RootRedirect() {
  const t = useT();
  const campaigns = useCampaigns();
  const user = useStaffUser();
  usePageTitle();
  if (isFunder(user)) return <Navigate to="/portfolio" replace />;
  if (campaigns.isPending) return <Loading />;
  if (campaigns.isError)
    return <ErrorState error={campaigns.error} message={t("common.error.title")} onRetry={() => campaigns.refetch()} />;
  const first = campaigns.data[0];
  // An admin without a campaign yet (a fresh installation) starts by creating one.
  const create = user?.isAdmin ? <Link to="/campaigns/new">{t("nav.newCampaign")}</Link> : undefined;
  if (!first)
    return (
      <EmptyState title={t("shell.noCampaigns.title")} action={create}>
        {t("shell.noCampaigns.text")}
      </EmptyState>
    );
  return <Navigate to={`/c/${first.id}`} replace />;
}

export function NotFound() {
  const t = useT();
  usePageTitle(t("notFound.title"));
  return (
    <EmptyState title={t("notFound.title")} action={<Link to="/">{t("notFound.back")}</Link>}>
      {t("notFound.text")}
    </EmptyState>
  );
}

// A campaign's public page (when an admin switched it on): progress toward the target,
// eligibility, how many sponsors, and the supporters who consented to be named.
import { OverallFigures } from "../../../components/OverallFigures";
import { EmptyState, ErrorState, Loading } from "../../../components/States";
import { useCampaignId } from "../../../lib/campaigns";
import { formatDate } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { errorCodeOf } from "../../../lib/trpc";
import { usePublicCampaign, type PublicCampaign } from "../api/publicCampaign";
import { SupporterWall } from "./SupporterWall";
import { usePageTitle } from "../../../lib/usePageTitle";

export function PublicPage() {
  const t = useT();
  const campaignId = useCampaignId();
  const page = usePublicCampaign(campaignId);
  usePageTitle(page.isError ? t("public.notPublic.title") : t("public.pageTitle"), page.data?.campaign.name);
  if (!Number.isInteger(campaignId) || errorCodeOf(page.error) === "NOT_FOUND") {
    return (
      <div data-testid="public-not-found">
        <EmptyState title={t("public.notPublic.title")}>{t("public.notPublic.text")}</EmptyState>
      </div>
    );
  }
  if (page.isPending) return <Loading />;
  if (page.isError) return <ErrorState error={page.error} message={t("public.error")} onRetry={() => page.refetch()} />;
  return <PublicContent data={page.data} />;
}

function PublicContent({ data }: { data: PublicCampaign }) {
  const t = useT();
  const { locale } = useLocale();
  const { campaign, summary } = data;
  return (
    <>
      <div className="page__header">
        <div>
          <h1 data-testid="public-campaign-name">{campaign.name}</h1>
          <p className="page__meta">
            {campaign.region && <span>{campaign.region}</span>}
            <span className="pill">{t(`applicationStatus.${campaign.applicationStatus}`)}</span>
            <span>{t("dashboard.asOf", { date: formatDate(summary.asOf, locale) })}</span>
          </p>
        </div>
      </div>
      <div className="portal">
        <OverallFigures
          title={t("headline.label")}
          summary={summary}
          testIdPrefix="public"
          lead={t("headline.explain")}
        />
        <SupporterWall supporters={data.supporters} />
      </div>
    </>
  );
}

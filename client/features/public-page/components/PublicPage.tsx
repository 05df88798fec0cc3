// A campaign's public page (when an admin switched it on): progress toward the target,
// eligibility, how many sponsors, and the supporters who consented to be named.
import { useId } from "react";
import { EligibilityVerdict } from "../../../components/EligibilityVerdict";
import { EmptyState, ErrorState, Loading } from "../../../components/States";
import { TargetProgress } from "../../../components/TargetProgress";
import { useCampaignId } from "../../../lib/campaigns";
import { formatDate, formatEuro, formatNumber } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { errorCodeOf } from "../../../lib/trpc";
import { usePublicCampaign, type PublicCampaign } from "../api/publicCampaign";
import { SupporterWall } from "./SupporterWall";

export function PublicPage() {
  const t = useT();
  const campaignId = useCampaignId();
  const page = usePublicCampaign(campaignId);
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
  const titleId = useId();
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
        <section className="card portal__wide" aria-labelledby={titleId}>
          <div className="card__head">
            <h2 id={titleId} className="card__title">
              {t("headline.label")}
            </h2>
            <EligibilityVerdict eligible={summary.eligible} testId="public-eligibility" />
          </div>
          <TargetProgress countedCents={summary.countedCents} targetCents={summary.targetCents} />
          <dl className="figures figures--row">
            <div className="figure">
              <dt>{t("figures.sponsors")}</dt>
              <dd data-testid="public-sponsor-count">{formatNumber(summary.sponsorCount, locale)}</dd>
            </div>
            <div className="figure">
              <dt>{t("match.potential")}</dt>
              <dd>{formatEuro(summary.potentialMatchCents, locale)}</dd>
            </div>
            <div className="figure">
              <dt>{t("portal.campaign.deadline")}</dt>
              <dd>{formatDate(summary.deadline, locale)}</dd>
            </div>
          </dl>
          <p className="muted small">
            {t("headline.explain")} {summary.eligible ? t("match.eligibleNote") : t("match.notEligibleNote")}
          </p>
        </section>
        <SupporterWall supporters={data.supporters} />
      </div>
    </>
  );
}

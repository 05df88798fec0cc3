// The campaign's overall figures as a sponsor sees them: counted own funds toward the target,
// eligibility, how many sponsors are in, and the state match. No breakdowns.
import { useId } from "react";
import { EligibilityVerdict } from "../../../components/EligibilityVerdict";
import { TargetProgress } from "../../../components/TargetProgress";
import { formatDate, formatEuro, formatNumber } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import type { Portal } from "../api/portal";

export function CampaignFigures({ summary, applicationStatus }: { summary: Portal["summary"]; applicationStatus: Portal["campaign"]["applicationStatus"] }) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  return (
    <section className="card portal__wide" aria-labelledby={titleId}>
      <div className="card__head">
        <h2 id={titleId} className="card__title">
          {t("portal.campaign.title")}
        </h2>
        <EligibilityVerdict eligible={summary.eligible} testId="portal-eligibility" />
      </div>
      <TargetProgress countedCents={summary.countedCents} targetCents={summary.targetCents} />
      <dl className="figures figures--row">
        <div className="figure">
          <dt>{t("figures.sponsors")}</dt>
          <dd>{formatNumber(summary.sponsorCount, locale)}</dd>
        </div>
        <div className="figure">
          <dt>{t("match.potential")}</dt>
          <dd>{formatEuro(summary.potentialMatchCents, locale)}</dd>
        </div>
        <div className="figure">
          <dt>{t("match.state")}</dt>
          <dd className={summary.eligible ? "text-ok" : undefined}>{formatEuro(summary.stateMatchCents, locale)}</dd>
        </div>
        <div className="figure">
          <dt>{t("portal.campaign.deadline")}</dt>
          <dd>{formatDate(summary.deadline, locale)}</dd>
        </div>
      </dl>
      <p className="muted small">
        {t(`applicationStatus.${applicationStatus}`)}. {summary.eligible ? t("match.eligibleNote") : t("match.notEligibleNote")}
      </p>
    </section>
  );
}

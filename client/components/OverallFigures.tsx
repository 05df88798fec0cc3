// A campaign's overall figures as sponsors and the public see them: counted own funds toward
// the target, eligibility, how many sponsors are in, the state match and the deadline.
// No breakdowns: those are for the organisers and the committee.
import { useId } from "react";
import { formatDate, formatEuro, formatNumber } from "../lib/format";
import { useLocale, useT } from "../lib/i18n";
import { EligibilityVerdict } from "./EligibilityVerdict";
import { TargetProgress } from "./TargetProgress";

export interface OverallFiguresData {
  eligible: boolean;
  countedCents: number;
  targetCents: number;
  sponsorCount: number;
  potentialMatchCents: number;
  stateMatchCents: number;
  deadline: string;
}

interface OverallFiguresProps {
  title: string;
  summary: OverallFiguresData;
  /** Test ids: `<prefix>-eligibility`, `<prefix>-sponsor-count`. */
  testIdPrefix: string;
  /** A sentence before the eligibility note (the application status, how funds are counted). */
  lead: string;
}

export function OverallFigures({ title, summary, testIdPrefix, lead }: OverallFiguresProps) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  return (
    <section className="card portal__wide" aria-labelledby={titleId}>
      <div className="card__head">
        <h2 id={titleId} className="card__title">
          {title}
        </h2>
        <EligibilityVerdict eligible={summary.eligible} testId={`${testIdPrefix}-eligibility`} />
      </div>
      <TargetProgress countedCents={summary.countedCents} targetCents={summary.targetCents} />
      <dl className="figures figures--row">
        <div className="figure">
          <dt>{t("figures.sponsors")}</dt>
          <dd data-testid={`${testIdPrefix}-sponsor-count`}>{formatNumber(summary.sponsorCount, locale)}</dd>
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
        {lead} {summary.eligible ? t("match.eligibleNote") : t("match.notEligibleNote")}
      </p>
    </section>
  );
}

// The key totals: counted own funds against the target, money by status, sponsors, and what
// the state would add.
import { useId } from "react";
import type { FullSummary } from "../../../../lib/api/summary";
import { formatDate, formatEuro, formatNumber, formatPercent } from "../../../../lib/format";
import { useLocale, useT } from "../../../../lib/i18n";

export function KeyTotals({ summary }: { summary: FullSummary }) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  const percent = summary.targetCents > 0 ? (summary.countedCents / summary.targetCents) * 100 : 0;
  const figures = [
    { label: t("report.totals.confirmed"), value: formatEuro(summary.confirmedCents, locale) },
    { label: t("report.totals.paid"), value: formatEuro(summary.paidCents, locale) },
    { label: t("report.totals.intent"), value: formatEuro(summary.intentCents, locale) },
    { label: t("report.totals.received"), value: formatEuro(summary.receivedCents, locale) },
    { label: t("report.totals.sponsors"), value: formatNumber(summary.sponsorCount, locale) },
    { label: t("report.totals.deadline"), value: formatDate(summary.deadline, locale) },
    { label: t("report.totals.potential"), value: formatEuro(summary.potentialMatchCents, locale) },
    { label: t("report.totals.state"), value: formatEuro(summary.stateMatchCents, locale) },
  ];
  return (
    <section className="card report-section" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t("report.totals.title")}
      </h2>
      <p className="report__headline">
        <span className="report__headline-label">{t("report.totals.counted")}</span>{" "}
        <span className="headline__value" data-testid="report-counted">
          {formatEuro(summary.countedCents, locale)}
        </span>{" "}
        <span className="headline__target">
          {t("report.totals.ofTarget", {
            target: formatEuro(summary.targetCents, locale),
            percent: formatPercent(percent, locale, 1),
          })}
        </span>
      </p>
      <dl className="figures report__figures">
        {figures.map((f) => (
          <div className="figure" key={f.label}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      {summary.vatExcludedCents > 0 && (
        <p className="muted small" data-testid="report-vat-excluded">
          {t("headline.vat", { amount: formatEuro(summary.vatExcludedCents, locale) })}
        </p>
      )}
    </section>
  );
}

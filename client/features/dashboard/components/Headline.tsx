// The headline figure (counted own funds against the target) and the progress bar.
import { useId } from "react";
import { daysBetween } from "../../../../server/domain/dates";
import type { FullSummary } from "../../../lib/api/summary";
import { formatDate, formatEuro, formatPercent } from "../../../lib/format";
import { pluralOf, useLocale, useT, type Locale, type Translate } from "../../../lib/i18n";
import { moneyChangeText } from "../compare";
import { ProgressBar } from "./ProgressBar";

/** `change`: counted own funds against a week earlier (`comparedWith`), null while unknown. */
export function Headline({
  summary,
  change,
  comparedWith,
}: {
  summary: FullSummary;
  change: number | null;
  comparedWith: string;
}) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  const percent = summary.targetCents > 0 ? (summary.countedCents / summary.targetCents) * 100 : 0;
  return (
    <section className="card card--headline" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t("headline.label")}
      </h2>
      <p className="headline">
        <span className="headline__value" data-testid="counted-total">
          {formatEuro(summary.countedCents, locale)}
        </span>{" "}
        <span className="headline__target">
          {t("headline.ofTarget", { target: formatEuro(summary.targetCents, locale) })}
        </span>
      </p>
      {change !== null && (
        <p
          className={`change${change > 0 ? " change--up" : change < 0 ? " change--down" : ""}`}
          data-testid="counted-change"
          title={t("compare.explain", { date: formatDate(comparedWith, locale) })}
        >
          {moneyChangeText(change, t, locale)}
        </p>
      )}
      <p className="headline__meta">
        <span>{t("headline.percent", { percent: formatPercent(percent, locale, 1) })}</span>
        <span>{deadlineText(summary.asOf, summary.deadline, t, locale)}</span>
      </p>
      <ProgressBar summary={summary} />
      <p className="muted small">
        {t("headline.explain")}{" "}
        {summary.inKindSharePercent < 100 && t("headline.inKind", { percent: summary.inKindSharePercent })}{" "}
        {summary.vatExcludedCents > 0 && (
          <span data-testid="vat-excluded">
            {t("headline.vat", { amount: formatEuro(summary.vatExcludedCents, locale) })}
          </span>
        )}
      </p>
    </section>
  );
}

function deadlineText(asOf: string, deadline: string, t: Translate, locale: Locale): string {
  const date = formatDate(deadline, locale);
  const left = daysBetween(asOf, deadline);
  if (left > 0) return t(`deadline.daysLeft.${pluralOf(left)}`, { date, count: left });
  return left === 0 ? t("deadline.today", { date }) : t("deadline.past", { date });
}

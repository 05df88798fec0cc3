// The small figures under the dashboard: sponsors, pledges, money received, intents, each
// with its change against a week earlier.
import { useId } from "react";
import type { FullSummary } from "../../../lib/api/summary";
import { formatDate, formatEuro, formatNumber } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { countChangeText, moneyChangeText, type FigureChanges } from "../compare";

export function KeyFigures({
  summary,
  changes,
  comparedWith,
}: {
  summary: FullSummary;
  changes: FigureChanges | null;
  comparedWith: string;
}) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  const money = (change: number | undefined) => (change === undefined ? null : moneyChangeText(change, t, locale));
  const count = (change: number | undefined) => (change === undefined ? null : countChangeText(change, t, locale));
  const figures = [
    {
      key: "sponsors",
      label: t("figures.sponsors"),
      value: formatNumber(summary.sponsorCount, locale),
      change: count(changes?.sponsorCount),
    },
    {
      key: "pledges",
      label: t("figures.pledges"),
      value: formatNumber(summary.pledgeCount, locale),
      change: count(changes?.pledgeCount),
    },
    {
      key: "received",
      label: t("figures.received"),
      value: formatEuro(summary.receivedCents, locale),
      change: money(changes?.receivedCents),
    },
    {
      key: "intent",
      label: t("figures.intent"),
      value: formatEuro(summary.intentCents, locale),
      change: money(changes?.intentCents),
    },
  ];
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t("figures.title")}
      </h2>
      <dl className="figures figures--grid">
        {figures.map((f) => (
          <div className="figure" key={f.key} data-figure={f.key}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
            {f.change && (
              <dd className="figure__change" title={t("compare.explain", { date: formatDate(comparedWith, locale) })}>
                {f.change}
              </dd>
            )}
          </div>
        ))}
      </dl>
    </section>
  );
}

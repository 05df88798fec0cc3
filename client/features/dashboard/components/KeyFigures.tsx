// The small figures under the dashboard: sponsors, pledges, money received, intents.
import { useId } from "react";
import { formatEuro, formatNumber } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import type { Summary } from "../api/summary";

export function KeyFigures({ summary }: { summary: Summary }) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  const figures = [
    { label: t("figures.sponsors"), value: formatNumber(summary.sponsorCount, locale) },
    { label: t("figures.pledges"), value: formatNumber(summary.pledgeCount, locale) },
    { label: t("figures.received"), value: formatEuro(summary.receivedCents, locale) },
    { label: t("figures.intent"), value: formatEuro(summary.intentCents, locale) },
  ];
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t("figures.title")}
      </h2>
      <dl className="figures figures--grid">
        {figures.map((f) => (
          <div className="figure" key={f.label}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

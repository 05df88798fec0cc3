// The committee's forecast for the day shown, on the dashboard (after the chart) and in the
// printed report: the pace of the last 14 days, what it projects to the deadline and the day
// the target is reached, the trend's range, the pace needed per working day left, and the
// change against a week earlier; then "what if" (WhatIfPanel). When there is too little
// history for a projection it says why, and still gives the needed pace and the week's change.
import "../../../../css/committee.css";
import { useId } from "react";
import type { FullSummary } from "../../../../lib/api/summary";
import { formatDate, formatEuro, formatNumber } from "../../../../lib/format";
import { pluralOf, useLocale, useT } from "../../../../lib/i18n";
import type { FigureView } from "../../api/summary";
import { projectionView } from "../../projectionView";
import type { WhatIf } from "../../whatIf";
import { WhatIfPanel } from "./WhatIfPanel";

interface ForecastSectionProps {
  campaignId: number;
  view: FigureView;
  summary: FullSummary;
  whatIf: WhatIf;
  /** The dashboard's switches; without it (the report) the assumptions are shown when set. */
  onWhatIf?: (whatIf: WhatIf) => void;
  className: string;
}

interface Figure {
  key: string;
  label: string;
  value: string;
  sub?: string;
  short?: boolean;
}

export function ForecastSection({ campaignId, view, summary, whatIf, onWhatIf, className }: ForecastSectionProps) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  const euro = (cents: number) => formatEuro(cents, locale);
  const shown = projectionView(summary);
  const { requiredPerWorkingDayCents, workingDaysLeft, weekChangeCents } = summary.projection;

  const figures: Figure[] = [];
  if (shown.kind === "shown") {
    figures.push(
      {
        key: "pace",
        label: t("projection.pace"),
        value: euro(shown.pacePerDayCents),
        short: shown.pacePerDayCents < shown.requiredPerDayCents,
      },
      { key: "required", label: t("projection.required"), value: euro(shown.requiredPerDayCents) },
      { key: "projected", label: t("projection.projected"), value: euro(shown.projectedCents) },
      {
        key: "reach-date",
        label: t(shown.reached ? "projection.reachedOn" : "projection.reachDate"),
        value: shown.reachDate ? formatDate(shown.reachDate, locale) : t("projection.notByDeadline"),
      },
    );
    if (shown.range) {
      const range = { low: euro(shown.range.lowCents), high: euro(shown.range.highCents) };
      figures.push({ key: "range", label: t("projection.range"), value: t("projection.rangeValue", range) });
    }
  }
  figures.push(
    // No working day left (from the deadline on): nothing is needed per day any more, reached or not.
    requiredPerWorkingDayCents === null || workingDaysLeft === 0
      ? { key: "working-day", label: t("projection.perWorkingDay"), value: t("projection.noWorkingDays") }
      : {
          key: "working-day",
          label: t("projection.perWorkingDay"),
          value: euro(requiredPerWorkingDayCents),
          sub: t(`projection.workingDaysLeft.${pluralOf(workingDaysLeft)}`, {
            count: formatNumber(workingDaysLeft, locale),
          }),
        },
    {
      key: "week-change",
      label: t("projection.weekChange"),
      value:
        weekChangeCents === 0
          ? t("projection.noChange")
          : t("projection.change", {
              sign: weekChangeCents > 0 ? "+" : "\u2212",
              amount: euro(Math.abs(weekChangeCents)),
            }),
    },
  );

  return (
    <section className={`card forecast ${className}`} aria-labelledby={titleId} data-testid="projection">
      <h2 id={titleId} className="card__title">
        {t("projection.title")}
      </h2>
      {shown.kind === "none" && (
        <p className="projection__none">
          {t(`projection.none.${shown.reason}`, { date: formatDate(summary.deadline, locale) })}
        </p>
      )}
      <dl className="projection__figures">
        {figures.map((f) => (
          <div key={f.key} className={f.short ? "projection__figure--short" : undefined}>
            <dt>{f.label}</dt>
            <dd data-testid={`forecast-${f.key}`}>{f.value}</dd>
            {f.sub && <dd className="projection__sub">{f.sub}</dd>}
          </div>
        ))}
      </dl>
      {shown.kind === "shown" && (
        <p
          className={`projection__verdict ${shown.shortfallCents > 0 ? "projection__verdict--short" : "projection__verdict--ok"}`}
        >
          {shown.reached
            ? t("projection.targetReached")
            : shown.shortfallCents > 0
              ? t("projection.offTrack", { amount: euro(shown.shortfallCents) })
              : t("projection.onTrack")}
        </p>
      )}
      <p className="muted small">
        {shown.kind === "shown" && `${t("projection.explain")} `}
        {t("projection.explainWorkingDays")}
      </p>
      <WhatIfPanel campaignId={campaignId} view={view} summary={summary} whatIf={whatIf} onWhatIf={onWhatIf} />
    </section>
  );
}

// Own funds per year of the match period (scheduled by the installments of binding pledges,
// and received) beside the state share. A year whose scheduled own funds do not carry its
// state share at the match ratio is flagged in colour and in words: "Fehlbetrag".
import { lazy, Suspense, useId } from "react";
import { EmptyState, Loading } from "../../../components/States";
import type { FullSummary } from "../../../lib/api/summary";
import { formatEuro } from "../../../lib/format";
import { pluralOf, useLocale, useT } from "../../../lib/i18n";
import { useFullSummary, type FigureView } from "../api/summary";
import { shortfallCents } from "../selectors";
import { DataTable, type Column } from "./DataTable";
import { QueryBody } from "./SectionStates";

const CashFlowChart = lazy(() => import("./CashFlowChart"));

type Year = FullSummary["cashFlow"][number];

interface CashFlowSectionProps {
  campaignId: number;
  view: FigureView;
  /** The page's summary, when it has one; else the section loads it. */
  summary?: FullSummary;
  /** A fixed chart width in CSS pixels (the printed report); else the chart fills its card. */
  chartWidth?: number;
}

export function CashFlowSection({ campaignId, view, summary, chartWidth }: CashFlowSectionProps) {
  const t = useT();
  const titleId = useId();
  const own = useFullSummary(campaignId, view, !summary);
  return (
    <section className="card committee-section" aria-labelledby={titleId} data-testid="cash-flow-section">
      <h2 id={titleId} className="card__title">
        {t("report.cashFlow.title")}
      </h2>
      {summary ? (
        <CashFlowBody summary={summary} chartWidth={chartWidth} />
      ) : (
        <QueryBody query={own} error={t("report.cashFlow.error")}>
          {(data) => <CashFlowBody summary={data} chartWidth={chartWidth} />}
        </QueryBody>
      )}
    </section>
  );
}

function CashFlowBody({ summary, chartWidth }: { summary: FullSummary; chartWidth?: number }) {
  const t = useT();
  const { locale } = useLocale();
  const years = summary.cashFlow;
  if (years.length === 0)
    return <EmptyState title={t("report.cashFlow.empty.title")}>{t("report.cashFlow.empty.text")}</EmptyState>;
  const shortYears = years.filter((y) => y.short).map((y) => y.year);
  const yearLabel = (y: Year) => (y.year === null ? t("report.cashFlow.outside") : String(y.year));
  const shortfall = (y: Year) => shortfallCents(y, summary.matchRatio);
  const columns: Column<Year>[] = [
    {
      header: t("report.cashFlow.year"),
      cell: (y) => <span className="cell-main">{yearLabel(y)}</span>,
      csv: yearLabel,
    },
    {
      header: t("report.cashFlow.scheduled"),
      cell: (y) => formatEuro(y.ownScheduledCents, locale),
      csv: (y) => ({ cents: y.ownScheduledCents }),
      num: true,
    },
    {
      header: t("report.cashFlow.received"),
      cell: (y) => formatEuro(y.ownReceivedCents, locale),
      csv: (y) => ({ cents: y.ownReceivedCents }),
      num: true,
    },
    {
      header: t("report.cashFlow.state"),
      cell: (y) => formatEuro(y.stateCents, locale),
      csv: (y) => ({ cents: y.stateCents }),
      num: true,
    },
    {
      header: t("report.cashFlow.status"),
      cell: (y) =>
        y.short ? (
          <span className="badge badge--short">
            {t("report.cashFlow.short", { amount: formatEuro(shortfall(y), locale) })}
          </span>
        ) : (
          <span className="text-ok">{t("report.cashFlow.covered")}</span>
        ),
      csv: (y) => (y.short ? t("report.cashFlow.shortWord") : t("report.cashFlow.covered")),
    },
    { header: t("report.cashFlow.shortfall"), cell: () => null, csv: (y) => ({ cents: shortfall(y) }), csvOnly: true },
  ];
  return (
    <div className="committee-section__body">
      <p className="muted small">{t("report.cashFlow.explain")}</p>
      <p
        className={shortYears.length > 0 ? "cash-flow__verdict cash-flow__verdict--short" : "cash-flow__verdict"}
        data-testid="cash-flow-verdict"
      >
        {shortYears.length > 0
          ? t(`report.cashFlow.shortYears.${pluralOf(shortYears.length)}`, { years: shortYears.join(", ") })
          : t("report.cashFlow.allCovered")}
      </p>
      <DataTable
        title={t("report.cashFlow.tableTitle")}
        day={summary.asOf}
        columns={columns}
        rows={years}
        rowKey={(y) => y.year ?? "outside"}
        rowClassName={(y) => (y.short ? "row--short" : undefined)}
        testId="cash-flow-table"
      />
      <Suspense
        fallback={
          <div className="chart chart--loading">
            <Loading label={t("chart.loading")} />
          </div>
        }
      >
        <CashFlowChart years={years} width={chartWidth} />
      </Suspense>
    </div>
  );
}

// Open conditional pledges (intent or confirmed, conditional on the state's approval): the
// confirmed ones count now and would lapse on a rejection, so they are the money at risk.
import { StatusBadge } from "../../../components/StatusBadge";
import { formatDate, formatEuro } from "../../../lib/format";
import { pluralOf, useLocale, useT } from "../../../lib/i18n";
import type { Pipeline } from "../api/pipeline";
import { DataTable, type Column } from "./DataTable";

type Row = Pipeline["conditional"]["pledges"][number];

export function ConditionalPledges({ pipeline }: { pipeline: Pipeline }) {
  const t = useT();
  const { locale } = useLocale();
  const { conditional } = pipeline;
  const columns: Column<Row>[] = [
    { header: t("report.col.sponsor"), cell: (r) => <span className="cell-main">{r.name}</span>, csv: (r) => r.name },
    {
      header: t("report.col.status"),
      cell: (r) => <StatusBadge status={r.status} />,
      csv: (r) => t(`pledgeStatus.${r.status}`),
    },
    {
      header: t("report.col.date"),
      cell: (r) => formatDate(r.pledgedAt, locale),
      csv: (r) => formatDate(r.pledgedAt, locale),
    },
    {
      header: t("report.col.amount"),
      cell: (r) => formatEuro(r.amountCents, locale),
      csv: (r) => ({ cents: r.amountCents }),
      num: true,
    },
  ];
  const summary =
    conditional.pledgeCount === 0
      ? t("report.conditionalList.none")
      : t(`report.conditionalList.summary.${pluralOf(conditional.pledgeCount)}`, {
          count: conditional.pledgeCount,
          amount: formatEuro(conditional.cents, locale),
          binding: formatEuro(conditional.bindingCents, locale),
        });
  const note =
    conditional.pledges.length < conditional.pledgeCount
      ? t("report.conditionalList.shown", { shown: conditional.pledges.length, count: conditional.pledgeCount })
      : null;
  return (
    <div className="conditional" data-testid="conditional-pledges">
      <p className={conditional.bindingCents > 0 ? "conditional__risk" : "muted small"}>{summary}</p>
      {conditional.pledgeCount > 0 && (
        <DataTable
          title={t("report.conditionalList.title")}
          day={pipeline.asOf}
          columns={columns}
          rows={conditional.pledges}
          rowKey={(r) => r.pledgeId}
          note={note}
        />
      )}
    </div>
  );
}

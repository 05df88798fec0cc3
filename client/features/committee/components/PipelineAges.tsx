// Intent money by how long it has waited, with a bar per band for the eye.
import { formatEuro, formatPercent } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import type { Pipeline } from "../api/pipeline";
import { percentOfTotal } from "../selectors";
import { DataTable, type Column } from "./DataTable";
import { ShareBar } from "./ShareBar";

type Age = Pipeline["ages"][number];

export function PipelineAges({ pipeline }: { pipeline: Pipeline }) {
  const t = useT();
  const { locale } = useLocale();
  const share = (row: Age) => percentOfTotal(row.cents, pipeline.intentCents);
  const columns: Column<Age>[] = [
    {
      header: t("report.pipeline.ages.band"),
      cell: (r) => t(`report.age.${r.band}`),
      csv: (r) => t(`report.age.${r.band}`),
    },
    {
      header: t("report.col.amount"),
      cell: (r) => formatEuro(r.cents, locale),
      csv: (r) => ({ cents: r.cents }),
      num: true,
    },
    { header: t("report.col.pledges"), cell: (r) => r.pledgeCount, csv: (r) => r.pledgeCount, num: true },
    {
      header: t("report.col.share"),
      cell: (r) => <ShareBar percent={share(r)} label={formatPercent(share(r), locale, 0)} />,
      csv: (r) => Math.round(share(r) * 100) / 100,
    },
  ];
  return (
    <DataTable
      title={t("report.pipeline.ages.title")}
      day={pipeline.asOf}
      columns={columns}
      rows={pipeline.ages}
      rowKey={(r) => r.band}
      testId="pipeline-ages"
    />
  );
}

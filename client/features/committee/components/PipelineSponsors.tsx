// Whom to call: sponsors with intent money, longest waiting first. A conditional intent is
// flagged: it lapses if the application is rejected. The pledges list has no sponsor filter
// yet, so the names are not links.
import { formatDate, formatEuro, formatNumber } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import type { Pipeline } from "../api/pipeline";
import { useKindLabel } from "../labels";
import { ConditionalBadge } from "./ConditionalBadge";
import { DataTable, type Column } from "./DataTable";

type Row = Pipeline["sponsors"][number];

export function PipelineSponsors({ pipeline }: { pipeline: Pipeline }) {
  const t = useT();
  const { locale } = useLocale();
  const kindLabel = useKindLabel();
  const columns: Column<Row>[] = [
    {
      header: t("report.col.sponsor"),
      cell: (r) => (
        <>
          <span className="cell-main">{r.name}</span> {r.conditional && <ConditionalBadge />}
        </>
      ),
      csv: (r) => r.name,
    },
    { header: t("report.col.kind"), cell: (r) => kindLabel(r.kind), csv: (r) => kindLabel(r.kind) },
    {
      header: t("report.col.conditional"),
      cell: () => null,
      csv: (r) => (r.conditional ? t("report.yes") : t("report.no")),
      csvOnly: true,
    },
    {
      header: t("report.col.amount"),
      cell: (r) => formatEuro(r.intentCents, locale),
      csv: (r) => ({ cents: r.intentCents }),
      num: true,
    },
    { header: t("report.col.pledges"), cell: (r) => r.pledgeCount, csv: (r) => r.pledgeCount, num: true },
    {
      header: t("report.col.waiting"),
      cell: (r) => (
        <>
          <span className="nowrap">{formatNumber(r.waitingDays, locale)}</span>
          <span className="cell-sub">{t("report.col.since", { date: formatDate(r.oldestPledgedAt, locale) })}</span>
        </>
      ),
      csv: (r) => r.waitingDays,
      num: true,
    },
    {
      header: t("report.col.oldest"),
      cell: () => null,
      csv: (r) => formatDate(r.oldestPledgedAt, locale),
      csvOnly: true,
    },
  ];
  const note =
    pipeline.sponsors.length < pipeline.sponsorCount
      ? t("report.pipeline.shown", { shown: pipeline.sponsors.length, count: pipeline.sponsorCount })
      : null;
  return (
    <DataTable
      title={t("report.pipeline.sponsors.title")}
      day={pipeline.asOf}
      columns={columns}
      rows={pipeline.sponsors}
      rowKey={(r) => r.sponsorId}
      rowClassName={(r) => (r.conditional ? "row--conditional" : undefined)}
      note={note}
      testId="pipeline-sponsors"
    />
  );
}

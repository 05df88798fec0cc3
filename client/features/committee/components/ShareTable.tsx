// Counted own funds by one attribute (kind, country, sector …): amount, share of all counted
// own funds, and how many sponsors.
import { formatEuro, formatPercent } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { percentOfTotal } from "../selectors";
import { DataTable, type Column } from "./DataTable";
import { ShareBar } from "./ShareBar";

export interface ShareTableRow {
  key: string;
  label: string;
  countedCents: number;
  sponsorCount: number;
}

interface ShareTableProps {
  title: string;
  /** The first column's header: "Art", "Land", … */
  labelHeader: string;
  day: string;
  rows: readonly ShareTableRow[];
  totalCents: number;
  /** Long lists (sectors): the first rows, the rest on request and in the file. */
  maxRows?: number;
  testId?: string;
}

export function ShareTable({ title, labelHeader, day, rows, totalCents, maxRows, testId }: ShareTableProps) {
  const t = useT();
  const { locale } = useLocale();
  const share = (r: ShareTableRow) => percentOfTotal(r.countedCents, totalCents);
  const columns: Column<ShareTableRow>[] = [
    { header: labelHeader, cell: (r) => r.label, csv: (r) => r.label },
    {
      header: t("report.col.counted"),
      cell: (r) => formatEuro(r.countedCents, locale),
      csv: (r) => ({ cents: r.countedCents }),
      num: true,
    },
    {
      header: t("report.col.share"),
      cell: (r) => <ShareBar percent={share(r)} label={formatPercent(share(r), locale, 1)} />,
      csv: (r) => Math.round(share(r) * 100) / 100,
    },
    { header: t("report.col.sponsors"), cell: (r) => r.sponsorCount, csv: (r) => r.sponsorCount, num: true },
  ];
  return (
    <DataTable
      title={title}
      day={day}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      maxRows={maxRows}
      testId={testId}
    />
  );
}

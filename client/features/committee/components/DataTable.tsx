// One table of the committee's figures with its title and a CSV button. Each column says how
// it shows a row on screen and what the row's cell is in the file, so the file holds exactly
// the table's columns (amounts as numbers, not as formatted euros).
import { useId, useState, type ReactNode } from "react";
import { useCurrentCampaign } from "../../../lib/campaigns";
import { csvFilename, downloadCsv, type CsvCell } from "../../../lib/csvDownload";
import { useLocale, useT } from "../../../lib/i18n";

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  csv: (row: Row) => CsvCell;
  /** Right-aligned figures. */
  num?: boolean;
  /** Only in the file (e.g. the date behind "waiting 12 days"). */
  csvOnly?: boolean;
}

interface DataTableProps<Row> {
  title: string;
  /** The day the figures stand for, in the file's name. */
  day: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  rowClassName?: (row: Row) => string | undefined;
  /** Under the table: what it leaves out, or what it means. */
  note?: ReactNode;
  /** Show only the first rows until asked for all (the file always holds all). */
  maxRows?: number;
  testId?: string;
}

export function DataTable<Row>({
  title,
  day,
  columns,
  rows,
  rowKey,
  rowClassName,
  note,
  maxRows,
  testId,
}: DataTableProps<Row>) {
  const t = useT();
  const { locale } = useLocale();
  const campaign = useCurrentCampaign();
  const titleId = useId();
  const [all, setAll] = useState(false);
  const shown = columns.filter((c) => !c.csvOnly);
  const cut = !all && maxRows !== undefined && rows.length > maxRows;
  const visible = cut ? rows.slice(0, maxRows) : rows;
  const download = () =>
    downloadCsv(
      csvFilename(campaign?.name ?? "kampagne", title, day),
      columns.map((c) => c.header),
      rows.map((row) => columns.map((c) => c.csv(row))),
      locale,
    );
  return (
    <div className="data-table" data-testid={testId}>
      <div className="data-table__head">
        <h3 id={titleId} className="data-table__title">
          {title}
        </h3>
        {rows.length > 0 && (
          <button
            type="button"
            className="button button--secondary button--small no-print"
            onClick={download}
            aria-label={t("report.csv.label", { table: title })}
          >
            {t("report.csv")}
          </button>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="muted small">{t("report.table.empty")}</p>
      ) : (
        // A region that may scroll sideways on a phone: focusable, so the keyboard can scroll it.
        <div className="table-wrap data-table__wrap" role="region" aria-labelledby={titleId} tabIndex={0}>
          <table className="table table--compact" aria-labelledby={titleId}>
            <thead>
              <tr>
                {shown.map((c) => (
                  <th key={c.header} scope="col" className={c.num ? "num" : undefined}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {visible.map((row) => (
                <tr key={rowKey(row)} className={rowClassName?.(row)}>
                  {shown.map((c) => (
                    <td key={c.header} className={c.num ? "num" : undefined}>
                      {c.cell(row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {maxRows !== undefined && rows.length > maxRows && (
        <p className="small data-table__note no-print">
          <button type="button" className="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? t("report.table.fewer") : t("report.table.all", { count: rows.length })}
          </button>
          {cut && ` ${t("report.table.cut", { shown: maxRows })}`}
        </p>
      )}
      {note && <p className="muted small data-table__note">{note}</p>}
    </div>
  );
}

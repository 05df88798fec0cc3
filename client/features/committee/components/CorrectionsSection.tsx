// "Nachträgliche Änderungen": beside a day's figures as shown at a time, the changes recorded
// after that time whose business date is on or before the day. They are not in the figures
// shown; they are why today's figures for that day differ. Newest recorded first.
import { useId } from "react";
import { formatDate, formatInstant, formatNumber } from "../../../lib/format";
import { pluralOf, useLocale, useT } from "../../../lib/i18n";
import { useCorrections, type Correction, type Corrections } from "../api/corrections";
import { correctionText } from "../correctionText";
import { DataTable, type Column } from "./DataTable";
import { QueryBody } from "./SectionStates";

interface CorrectionsSectionProps {
  campaignId: number;
  asOf: string;
  /** The time the figures are shown as known at (ISO instant with offset). */
  knownAt: string;
}

export function CorrectionsSection({ campaignId, asOf, knownAt }: CorrectionsSectionProps) {
  const t = useT();
  const titleId = useId();
  const corrections = useCorrections(campaignId, { asOf, knownAt });
  return (
    <section
      className="card committee-section corrections dashboard__wide"
      aria-labelledby={titleId}
      data-testid="corrections-section"
    >
      <h2 id={titleId} className="card__title">
        {t("corrections.title")}
      </h2>
      <QueryBody query={corrections} error={t("corrections.error")}>
        {(data) => <CorrectionsBody corrections={data} />}
      </QueryBody>
    </section>
  );
}

function CorrectionsBody({ corrections }: { corrections: Corrections }) {
  const t = useT();
  const { locale } = useLocale();
  const params = {
    date: formatDate(corrections.asOf, locale),
    time: formatInstant(corrections.knownAt, locale),
  };
  const columns: Column<Correction>[] = [
    {
      header: t("report.col.sponsor"),
      cell: (c) => <span className="cell-main">{c.sponsorName}</span>,
      csv: (c) => c.sponsorName,
    },
    {
      header: t("corrections.col.change"),
      cell: (c) => correctionText(c, t, locale),
      csv: (c) => correctionText(c, t, locale),
    },
    {
      header: t("corrections.col.at"),
      cell: (c) => <span className="nowrap">{formatDate(c.at, locale)}</span>,
      csv: (c) => formatDate(c.at, locale),
    },
    {
      header: t("corrections.col.recordedAt"),
      cell: (c) => <span className="nowrap">{formatInstant(c.recordedAt, locale)}</span>,
      csv: (c) => formatInstant(c.recordedAt, locale),
    },
  ];
  return (
    <div className="committee-section__body">
      <p className="muted small">{t("corrections.explain", params)}</p>
      <p className="corrections__total" data-testid="corrections-total">
        {corrections.total === 0
          ? t("corrections.none", params)
          : t(`corrections.total.${pluralOf(corrections.total)}`, { count: formatNumber(corrections.total, locale) })}
      </p>
      {corrections.total > 0 && (
        <DataTable
          title={t("corrections.tableTitle")}
          day={corrections.asOf}
          columns={columns}
          rows={corrections.items}
          rowKey={(c) => c.eventId}
          note={
            corrections.items.length < corrections.total
              ? t("corrections.shown", { shown: corrections.items.length, count: corrections.total })
              : null
          }
          testId="corrections-table"
        />
      )}
    </div>
  );
}

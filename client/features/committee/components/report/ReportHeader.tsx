// The report's head: campaign, when the figures were taken, and (on screen only) printing,
// the financing-plan and proof-of-use exports and the way back.
import { Link } from "react-router";
import { formatDate, formatInstant } from "../../../../lib/format";
import { useLocale, useT } from "../../../../lib/i18n";

interface ReportHeaderProps {
  campaignId: number;
  name: string | undefined;
  /** The day asked for in the URL (always given with `knownAt`), if any. */
  asOf: string | undefined;
  /** The time the figures are shown as known at (ISO instant), if any. */
  knownAt: string | undefined;
  /** When the figures arrived (ms), null while loading. */
  takenAt: number | null;
}

export function ReportHeader({ campaignId, name, asOf, knownAt, takenAt }: ReportHeaderProps) {
  const t = useT();
  const { locale } = useLocale();
  const time = takenAt === null ? null : formatInstant(new Date(takenAt).toISOString(), locale);
  const plan = (extension: string) => `/api/campaigns/${campaignId}/financing-plan.${extension}?locale=${locale}`;
  const proof = (extension: string) => `/api/campaigns/${campaignId}/proof-of-use.${extension}?locale=${locale}`;
  return (
    <header className="report__header">
      <div className="report__actions no-print">
        <Link to={`/c/${campaignId}`}>{t("report.back")}</Link>
        <span className="report__plan" title={t("report.financingPlan.hint")}>
          {t("report.financingPlan")}{" "}
          <a href={plan("csv")} download data-testid="financing-plan-csv">
            {t("report.financingPlan.csv")}
          </a>{" "}
          <a href={plan("xlsx")} download data-testid="financing-plan-xlsx">
            {t("report.financingPlan.xlsx")}
          </a>
        </span>
        <span className="report__plan" title={t("report.proofOfUse.hint")}>
          {t("report.proofOfUse")}{" "}
          <a href={proof("xlsx")} download data-testid="proof-of-use-xlsx">
            {t("report.financingPlan.xlsx")}
          </a>{" "}
          <a href={proof("pdf")} download data-testid="proof-of-use-pdf">
            {t("report.proofOfUse.pdf")}
          </a>
        </span>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t("report.print")}
        </button>
      </div>
      <p className="report__kicker">{t("report.title")}</p>
      <h1>{name ?? t("report.title")}</h1>
      {time && (
        <p className="report__taken" data-testid="report-taken-at">
          {knownAt && asOf
            ? t("report.asOfKnown", {
                date: formatDate(asOf, locale),
                known: formatInstant(knownAt, locale),
                time,
              })
            : asOf
              ? t("report.asOfDay", { date: formatDate(asOf, locale), time })
              : t("report.takenAt", { time })}
        </p>
      )}
    </header>
  );
}

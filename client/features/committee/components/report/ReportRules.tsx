// Eligibility on paper: the verdict, then each rule met or not with value, requirement and
// gap, in the dashboard's words (lib/ruleText).
import { useId } from "react";
import { CheckIcon, CrossIcon } from "../../../../components/Icons";
import type { FullSummary } from "../../../../lib/api/summary";
import { useLocale, useT } from "../../../../lib/i18n";
import { ruleText } from "../../../../lib/ruleText";

export function ReportRules({ summary }: { summary: FullSummary }) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  return (
    <section className="card report-section" aria-labelledby={titleId} data-testid="report-rules">
      <div className="card__head">
        <h2 id={titleId} className="card__title">
          {t("eligibility.title")}
        </h2>
        <p className={`verdict ${summary.eligible ? "verdict--ok" : "verdict--no"}`}>
          {summary.eligible ? <CheckIcon /> : <CrossIcon />}
          {summary.eligible ? t("eligibility.eligible") : t("eligibility.notEligible")}
        </p>
      </div>
      {/* Five columns do not fit a phone: the table scrolls in its own focusable region. */}
      <div className="table-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="table table--compact report-rules">
          <thead>
            <tr>
              <th scope="col">{t("report.rules.rule")}</th>
              <th scope="col">{t("report.rules.state")}</th>
              <th scope="col">{t("eligibility.current")}</th>
              <th scope="col">{t("eligibility.required")}</th>
              <th scope="col">{t("eligibility.gap")}</th>
            </tr>
          </thead>
          <tbody>
            {summary.rules.map((rule) => {
              const text = ruleText(rule, t, locale);
              return (
                <tr key={rule.id} className={rule.met ? "rule--met" : "rule--unmet"} data-rule={rule.id}>
                  <th scope="row">
                    {text.title}
                    {(text.missing ?? text.note) && <span className="cell-sub">{text.missing ?? text.note}</span>}
                  </th>
                  <td className="report-rules__state">
                    {rule.met ? <CheckIcon /> : <CrossIcon />} {text.state}
                  </td>
                  <td>{text.value}</td>
                  <td>{text.required}</td>
                  <td>{text.gap ?? t("common.none")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

// Each eligibility rule with met / not met (icon and text), value, requirement, gap and
// what is missing in a sentence; above them the overall verdict.
import { useId } from "react";
import { CheckIcon, CrossIcon } from "../../../components/Icons";
import { useLocale, useT } from "../../../lib/i18n";
import type { Summary } from "../api/summary";
import { ruleText } from "../ruleText";

export function EligibilityChecklist({ summary }: { summary: Summary }) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  return (
    <section className="card" aria-labelledby={titleId}>
      <div className="card__head">
        <h2 id={titleId} className="card__title">
          {t("eligibility.title")}
        </h2>
        <p className={`verdict ${summary.eligible ? "verdict--ok" : "verdict--no"}`} data-testid="eligibility-status">
          {summary.eligible ? <CheckIcon /> : <CrossIcon />}
          {summary.eligible ? t("eligibility.eligible") : t("eligibility.notEligible")}
        </p>
      </div>
      <ul className="rules">
        {summary.rules.map((rule) => {
          const text = ruleText(rule, t, locale);
          return (
            <li key={rule.id} className={`rule ${rule.met ? "rule--met" : "rule--unmet"}`} data-rule={rule.id}>
              <div className="rule__head">
                <span className="rule__icon">{rule.met ? <CheckIcon /> : <CrossIcon />}</span>
                <span className="rule__title">{text.title}</span>
                <span className="rule__state">{rule.met ? t("eligibility.met") : t("eligibility.notMet")}</span>
              </div>
              <dl className="rule__figures">
                <div>
                  <dt>{t("eligibility.current")}</dt>
                  <dd>{text.value}</dd>
                </div>
                <div>
                  <dt>{t("eligibility.required")}</dt>
                  <dd>{text.required}</dd>
                </div>
                {text.gap && (
                  <div>
                    <dt>{t("eligibility.gap")}</dt>
                    <dd>{text.gap}</dd>
                  </div>
                )}
              </dl>
              {text.missing && <p className="rule__missing">{text.missing}</p>}
              {text.note && <p className="rule__note">{text.note}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

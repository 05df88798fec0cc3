// Each eligibility rule with met / not met (icon and text), value, requirement, gap and
// what is missing in a sentence; above them the overall verdict and what is missing in all.
// Admins edit the rules from here, in a dialog loaded when it first opens.
import { lazy, Suspense, useId, useState } from "react";
import { CheckIcon, CrossIcon } from "../../../components/Icons";
import type { FullSummary } from "../../../lib/api/summary";
import type { CampaignListItem } from "../../../lib/campaigns";
import { useLocale, useT } from "../../../lib/i18n";
import { ruleText } from "../../../lib/ruleText";
import { missingSummary } from "../missingSummary";

const RulesDialog = lazy(() => import("./RulesDialog").then((m) => ({ default: m.RulesDialog })));

export function EligibilityChecklist({ summary, campaign }: { summary: FullSummary; campaign?: CampaignListItem }) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  const [editing, setEditing] = useState(false);
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
      <p
        className={`eligibility__summary ${summary.eligible ? "eligibility__summary--ok" : ""}`}
        data-testid="eligibility-summary"
      >
        {missingSummary(summary, t, locale)}
      </p>
      <ul className="rules">
        {summary.rules.map((rule) => {
          const text = ruleText(rule, t, locale);
          return (
            <li key={rule.id} className={`rule ${rule.met ? "rule--met" : "rule--unmet"}`} data-rule={rule.id}>
              <div className="rule__head">
                <span className="rule__icon">{rule.met ? <CheckIcon /> : <CrossIcon />}</span>
                <span className="rule__title">{text.title}</span>
                <span className="rule__state">{text.state}</span>
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
      {campaign?.role === "admin" && (
        <div className="eligibility__actions">
          <button type="button" className="button button--secondary button--small" onClick={() => setEditing(true)}>
            {t("rulesEdit.open")}
          </button>
        </div>
      )}
      {editing && campaign && (
        <Suspense fallback={null}>
          <RulesDialog campaign={campaign} onClose={() => setEditing(false)} />
        </Suspense>
      )}
    </section>
  );
}

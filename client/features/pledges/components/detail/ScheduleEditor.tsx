// The installments by hand: rows of due date and amount, with a live sum that must equal
// the pledge's amount. Left off, a new amount is split evenly over the existing due dates.
import { DateField } from "../../../../components/DateField";
import { CheckboxField, Field } from "../../../../components/Field";
import { formatEuro } from "../../../../lib/format";
import { useLocale, useT } from "../../../../lib/i18n";
import { planSum, type EditErrors, type EditValues, type PlanRow } from "../../detail/editModel";

const MAX_ROWS = 20;

interface ScheduleEditorProps {
  values: EditValues;
  errors: EditErrors;
  set: <K extends keyof EditValues>(key: K, value: EditValues[K]) => void;
  /** The amount the form holds now (null while it cannot be read). */
  amountCents: number | null;
}

export function ScheduleEditor({ values, errors, set, amountCents }: ScheduleEditorProps) {
  const t = useT();
  const { locale } = useLocale();
  const plan = values.plan;
  const setRow = (index: number, row: Partial<PlanRow>) =>
    set(
      "plan",
      plan.map((r, i) => (i === index ? { ...r, ...row } : r)),
    );
  const addRow = () => {
    const key = Math.max(0, ...plan.map((r) => r.key)) + 1;
    set("plan", [...plan, { key, dueOn: "", amount: "" }]);
  };
  const sum = planSum(plan, t);
  return (
    <div className="plan">
      <CheckboxField label={t("detail.plan.toggle")} checked={values.planOn} onChange={(on) => set("planOn", on)} />
      {!values.planOn ? (
        <p className="field__hint">{t("detail.plan.hint")}</p>
      ) : (
        <fieldset className="plan__rows">
          <legend className="plan__legend">{t("detail.plan.legend")}</legend>
          {plan.map((row, index) => (
            <div className="plan__row" key={row.key}>
              <DateField
                label={t("detail.plan.dueOn", { number: index + 1 })}
                error={errors.rows?.[index]?.dueOn}
                value={row.dueOn}
                onChange={(dueOn) => setRow(index, { dueOn })}
              />
              <Field label={t("detail.plan.amount", { number: index + 1 })} error={errors.rows?.[index]?.amount}>
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    value={row.amount}
                    onChange={(e) => setRow(index, { amount: e.target.value })}
                  />
                )}
              </Field>
              <button
                type="button"
                className="button button--small button--danger-ghost plan__remove"
                disabled={plan.length <= 1}
                onClick={() =>
                  set(
                    "plan",
                    plan.filter((_, i) => i !== index),
                  )
                }
              >
                {t("detail.plan.remove", { number: index + 1 })}
              </button>
            </div>
          ))}
          <div className="plan__footer">
            <button
              type="button"
              className="button button--small button--secondary"
              disabled={plan.length >= MAX_ROWS}
              onClick={addRow}
            >
              {t("detail.plan.add")}
            </button>
            <PlanSum sum={sum} amountCents={amountCents} locale={locale} />
          </div>
          <p className="field__error" aria-live="polite">
            {errors.schedule}
          </p>
        </fieldset>
      )}
    </div>
  );
}

function PlanSum({
  sum,
  amountCents,
  locale,
}: {
  sum: number | null;
  amountCents: number | null;
  locale: "de" | "en";
}) {
  const t = useT();
  if (sum === null || amountCents === null) return null;
  const diff = amountCents - sum;
  const verdict =
    diff === 0
      ? t("detail.plan.matches")
      : diff > 0
        ? t("detail.plan.short", { diff: formatEuro(diff, locale) })
        : t("detail.plan.over", { diff: formatEuro(-diff, locale) });
  return (
    <p className={`plan__sum ${diff === 0 ? "text-ok" : "text-warning"}`} aria-live="polite" data-testid="plan-sum">
      {t("detail.plan.sum", { sum: formatEuro(sum, locale), amount: formatEuro(amountCents, locale) })} {verdict}
    </p>
  );
}

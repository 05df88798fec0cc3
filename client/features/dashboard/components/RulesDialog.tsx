// Admins: the campaign's eligibility rules in a dialog — target (typed the German way, as in
// the pledge form), in-kind share, minimum sponsors and public-money cap (empty = off), and
// the deadline. A stale version (someone else saved meanwhile) reloads the current values.
import { useEffect, useState, type FormEvent } from "react";
import { DateField } from "../../../components/DateField";
import { Dialog } from "../../../components/Dialog";
import { Field } from "../../../components/Field";
import { useToast } from "../../../components/Toast";
import { readAmount } from "../../../lib/amount";
import type { CampaignListItem } from "../../../lib/campaigns";
import { formatEuro } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { errorCodeOf, fieldErrorsOf } from "../../../lib/trpc";
import { useUpdateRules } from "../api/rules";
import {
  readRules,
  rulesErrorsFromServer,
  rulesValuesOf,
  type RulesErrors,
  type RulesValues,
} from "../../../lib/rulesForm";

export function RulesDialog({ campaign, onClose }: { campaign: CampaignListItem; onClose: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const toast = useToast();
  const update = useUpdateRules();
  const [values, setValues] = useState<RulesValues>(() => rulesValuesOf(campaign));
  const [errors, setErrors] = useState<RulesErrors>({});
  const [problem, setProblem] = useState("");
  const [staleVersion, setStaleVersion] = useState<number | null>(null);

  // After a CONFLICT the list reloads; once the newer campaign is there, show its values.
  useEffect(() => {
    if (staleVersion !== null && campaign.version !== staleVersion) {
      setValues(rulesValuesOf(campaign));
      setStaleVersion(null);
    }
  }, [campaign, staleVersion]);

  const set = (field: keyof RulesValues) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));
  const reading = values.target.trim() ? readAmount(values.target, t) : null;
  const targetHint = reading?.ok
    ? t("form.amount.preview", { amount: formatEuro(reading.cents, locale) })
    : t("form.amount.hint");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readRules(values, campaign.windowStart, t, locale);
    if (!read.ok) return setErrors(read.errors);
    setErrors({});
    setProblem("");
    update.mutate(
      { campaignId: campaign.id, expectedVersion: campaign.version, ...read.changes },
      {
        onSuccess: () => {
          toast(t("rulesEdit.saved"));
          onClose();
        },
        onError: (error) => {
          const code = errorCodeOf(error);
          if (code === "BAD_REQUEST") {
            const fields = rulesErrorsFromServer(fieldErrorsOf(error), t);
            setErrors(fields);
            if (Object.keys(fields).length === 0) setProblem(t("common.error.invalid"));
          } else if (code === "CONFLICT") {
            setStaleVersion(campaign.version);
            setProblem(t("rulesEdit.conflict"));
          } else {
            setProblem(code === "FORBIDDEN" ? t("common.error.forbidden") : t("common.error.network"));
          }
        },
      },
    );
  };

  return (
    <Dialog title={t("rulesEdit.title")} onClose={onClose}>
      <form className="form rules-form" onSubmit={submit} noValidate data-testid="rules-form">
        <Field label={t("rulesEdit.target")} hint={targetHint} error={errors.target}>
          {(control) => (
            <input
              {...control}
              inputMode="decimal"
              autoComplete="off"
              value={values.target}
              onChange={set("target")}
              data-autofocus
            />
          )}
        </Field>
        <div className="form__row">
          <Field label={t("rulesEdit.inKind")} hint={t("rulesEdit.inKind.hint")} error={errors.inKind}>
            {(control) => (
              <input
                {...control}
                inputMode="numeric"
                autoComplete="off"
                value={values.inKind}
                onChange={set("inKind")}
              />
            )}
          </Field>
          <DateField
            label={t("rulesEdit.deadline")}
            error={errors.deadline}
            min={campaign.windowStart ?? undefined}
            value={values.deadline}
            onChange={(deadline) => setValues((v) => ({ ...v, deadline }))}
          />
        </div>
        <div className="form__row">
          <Field label={t("rulesEdit.minSponsors")} hint={t("rulesEdit.minSponsors.hint")} error={errors.minSponsors}>
            {(control) => (
              <input
                {...control}
                inputMode="numeric"
                autoComplete="off"
                value={values.minSponsors}
                onChange={set("minSponsors")}
              />
            )}
          </Field>
          <Field label={t("rulesEdit.maxPublic")} hint={t("rulesEdit.maxPublic.hint")} error={errors.maxPublic}>
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                autoComplete="off"
                value={values.maxPublic}
                onChange={set("maxPublic")}
              />
            )}
          </Field>
        </div>
        <p className="form__error" role="alert">
          {problem}
        </p>
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="button button--primary" disabled={update.isPending}>
            {t("rulesEdit.submit")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

// Admin: the grant the approval brought and the share of it held back until the proof of use
// (campaign.update grantCents, retentionPercent), on the "Landesmittel" card once the
// application is approved. A stale campaign (changed meanwhile) is reloaded and said so.
import { useState, type FormEvent } from "react";
import { Field } from "../../../components/Field";
import { useToast } from "../../../components/Toast";
import { readAmount } from "../../../lib/amount";
import type { CampaignListItem } from "../../../lib/campaigns";
import { formatAmountInput, formatEuro } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { errorCodeOf, fieldErrorsOf } from "../../../lib/trpc";
import { useRecordGrant } from "../api/drawdown";

interface Errors {
  grant?: string;
  retention?: string;
  form?: string;
}

export function GrantForm({ campaign }: { campaign: CampaignListItem }) {
  const t = useT();
  const { locale } = useLocale();
  const toast = useToast();
  const record = useRecordGrant();
  const [grant, setGrant] = useState(campaign.grantCents === null ? "" : formatAmountInput(campaign.grantCents));
  const [retention, setRetention] = useState(String(campaign.retentionPercent));
  const [errors, setErrors] = useState<Errors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const reading = readAmount(grant, t);
    const percent = Number(retention.trim());
    const problems: Errors = {
      grant: reading.ok ? undefined : reading.message,
      retention:
        retention.trim() !== "" && Number.isInteger(percent) && percent >= 0 && percent <= 100
          ? undefined
          : t("drawdown.grant.retentionRange"),
    };
    setErrors(problems);
    if (!reading.ok || problems.retention) return;
    record.mutate(
      {
        campaignId: campaign.id,
        expectedVersion: campaign.version,
        grantCents: reading.cents,
        retentionPercent: percent,
      },
      {
        onSuccess: () => toast(t("drawdown.grant.done", { amount: formatEuro(reading.cents, locale) })),
        onError: (error) => {
          const code = errorCodeOf(error);
          if (code !== "BAD_REQUEST")
            return setErrors({ form: code === "CONFLICT" ? t("drawdown.grant.stale") : t("drawdown.write.error") });
          const fields = fieldErrorsOf(error);
          setErrors({
            grant: fields.grantCents ? t("field.generic") : undefined,
            retention: fields.retentionPercent ? t("drawdown.grant.retentionRange") : undefined,
            form: fields.grantCents || fields.retentionPercent ? undefined : t("drawdown.write.error"),
          });
        },
      },
    );
  };

  return (
    <form
      className="form drawdown__form"
      onSubmit={submit}
      noValidate
      aria-label={t("drawdown.grant.title")}
      data-testid="drawdown-grant-form"
    >
      <h3 className="drawdown__form-title">{t("drawdown.grant.title")}</h3>
      <Field label={t("drawdown.grant.amount")} hint={t("form.amount.hint")} error={errors.grant}>
        {(control) => (
          <input
            {...control}
            inputMode="decimal"
            autoComplete="off"
            value={grant}
            onChange={(e) => setGrant(e.target.value)}
          />
        )}
      </Field>
      <Field label={t("drawdown.grant.retention")} error={errors.retention}>
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            autoComplete="off"
            value={retention}
            onChange={(e) => setRetention(e.target.value)}
          />
        )}
      </Field>
      {errors.form && (
        <p className="form__error" role="alert">
          {errors.form}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={record.isPending}>
        {t("drawdown.grant.submit")}
      </button>
    </form>
  );
}

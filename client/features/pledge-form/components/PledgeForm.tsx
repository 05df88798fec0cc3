// Logging a pledge: who (an existing sponsor or a new one), how much (typed the German way),
// what kind, how binding, when, and who raised it. Errors show next to their fields.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { earliestPledgeDate, isUnusualPledgeDate } from "../../../../server/domain/dateRules";
import { CheckboxField } from "../../../components/Field";
import { UnusualDateDialog } from "../../../components/UnusualDateDialog";
import { useCurrentCampaign } from "../../../lib/campaigns";
import { formatDate, todayInBerlin } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { checkValues, initialValues, type FormErrors, type FormValues } from "../formModel";
import { useSavePledge } from "../useSavePledge";
import { NewSponsorFields } from "./NewSponsorFields";
import { PledgeFields } from "./PledgeFields";
import { SponsorCombobox } from "./SponsorCombobox";

export function PledgeForm({ campaignId }: { campaignId: number }) {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [today] = useState(todayInBerlin);
  const [values, setValues] = useState<FormValues>(() => initialValues(today));
  const [errors, setErrors] = useState<FormErrors>({});
  const [attempt, setAttempt] = useState(0);
  const campaign = useCurrentCampaign();
  const earliest = campaign ? earliestPledgeDate(campaign) : undefined;
  // A date long after the deadline is most likely a typing error: ask before sending it.
  const [unusualDate, setUnusualDate] = useState<{ amountCents: number } | null>(null);
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const showErrors = (next: FormErrors) => {
    setErrors(next);
    setAttempt((n) => n + 1);
  };
  const { save, saving } = useSavePledge(campaignId, {
    onErrors: showErrors,
  });

  // After a refused submit, take the keyboard to the first field that needs attention.
  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [attempt]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const checked = checkValues(values, t);
    if (earliest && !checked.errors.pledgedAt && values.pledgedAt < earliest)
      checked.errors.pledgedAt = t("form.date.beforeStart", { date: formatDate(earliest, locale) });
    if (Object.keys(checked.errors).length > 0 || checked.amountCents === undefined) return showErrors(checked.errors);
    setErrors({});
    if (campaign && isUnusualPledgeDate(values.pledgedAt, campaign))
      return setUnusualDate({ amountCents: checked.amountCents });
    void save(values, checked.amountCents);
  };
  const saveUnusualDate = () => {
    if (unusualDate) void save(values, unusualDate.amountCents, true);
    setUnusualDate(null);
  };

  const toggleNewSponsor = (checked: boolean) =>
    // What was typed into the search is most likely the new sponsor's name.
    setValues((v) => ({ ...v, newSponsor: checked, name: checked && !v.name ? v.sponsorText : v.name }));

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form ref={formRef} className="form form--page card" onSubmit={submit} noValidate>
      <p className="muted">{t("form.intro")}</p>
      <fieldset className="form__section">
        <legend>{t("form.sponsorSection")}</legend>
        {!values.newSponsor && (
          <SponsorCombobox
            campaignId={campaignId}
            label={t("form.sponsor")}
            hint={values.sponsor ? t("form.sponsor.selected", { name: values.sponsor.name }) : t("form.sponsor.hint")}
            emptyText={t("form.sponsor.noMatch")}
            error={errors.sponsor}
            text={values.sponsorText}
            selected={values.sponsor}
            onChange={(text, sponsor) => setValues((v) => ({ ...v, sponsorText: text, sponsor }))}
          />
        )}
        <CheckboxField label={t("form.newSponsor")} checked={values.newSponsor} onChange={toggleNewSponsor} />
        {values.newSponsor && <NewSponsorFields values={values} errors={errors} set={set} />}
      </fieldset>
      <fieldset className="form__section">
        <legend>{t("form.pledgeSection")}</legend>
        <PledgeFields
          campaignId={campaignId}
          values={values}
          errors={errors}
          set={set}
          today={today}
          earliest={earliest}
        />
      </fieldset>
      <p className="form__error" role="alert">
        {errors.form ?? (hasErrors ? t("form.errorSummary") : "")}
      </p>
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={() => navigate(-1)}>
          {t("form.cancel")}
        </button>
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t("form.submitting") : t("form.submit")}
        </button>
      </div>
      {unusualDate && campaign && (
        <UnusualDateDialog
          date={values.pledgedAt}
          deadline={campaign.deadline}
          onConfirm={saveUnusualDate}
          onClose={() => setUnusualDate(null)}
        />
      )}
    </form>
  );
}

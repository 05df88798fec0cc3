// Correcting a sponsor: every field in one form. Only changed fields are sent, with the
// version the row had; a CONFLICT (changed meanwhile, or the name is taken) says so and
// the list is refetched, so a second try uses the new version.
import { useState, type FormEvent } from "react";
import { Dialog } from "../../../components/Dialog";
import { Field } from "../../../components/Field";
import { useToast } from "../../../components/Toast";
import { translateFieldErrors } from "../../../lib/fieldErrors";
import { NAMED_COUNTRIES, SPONSOR_KINDS, type SponsorKind } from "../../../lib/codes";
import { useLocale, useT } from "../../../lib/i18n";
import { errorCodeOf, fieldErrorsOf } from "../../../lib/trpc";
import { useMembershipTypes, useUpdateSponsor, type SponsorRow } from "../api/sponsors";
import { isMembershipCode } from "../../../../server/domain/membership";
import { changesOf, editValuesOf, type EditValues } from "../editModel";
import { problemOf } from "../problem";

const LISTINGS: SponsorRow["listing"][] = ["hidden", "name", "name_and_amount"];

export function SponsorEditDialog({ sponsor, onClose }: { sponsor: SponsorRow; onClose: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const toast = useToast();
  const update = useUpdateSponsor();
  const membershipTypes = useMembershipTypes(sponsor.campaignId);
  const [values, setValues] = useState<EditValues>(() => editValuesOf(sponsor, locale));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const set = <K extends keyof EditValues>(key: K, value: EditValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const changes = changesOf(sponsor, values);
    if (Object.keys(changes).length === 0) return onClose();
    setErrors({});
    setProblem(null);
    update.mutate(
      { sponsorId: sponsor.id, expectedVersion: sponsor.version, ...changes },
      {
        onSuccess: (row) => {
          toast(t("sponsors.edit.saved", { sponsor: row.name }));
          onClose();
        },
        onError: (error) => {
          const fields = fieldErrorsOf(error);
          if (Object.keys(fields).length > 0) setErrors(translateFieldErrors(fields, t));
          else setProblem(errorCodeOf(error) === "CONFLICT" ? t("sponsors.edit.conflict") : problemOf(error, t));
        },
      },
    );
  };

  const text = (key: Exclude<keyof EditValues, "kind" | "listing">, label: string, type = "text", list?: string) => (
    <Field label={label} error={errors[key]}>
      {(control) => (
        <input {...control} type={type} list={list} value={values[key]} onChange={(e) => set(key, e.target.value)} />
      )}
    </Field>
  );

  return (
    <Dialog title={t("sponsors.edit.title", { sponsor: sponsor.name })} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate data-testid="sponsor-edit">
        {problem && (
          <div className="alert alert--warning" role="alert">
            <p>{problem}</p>
          </div>
        )}
        {text("name", t("sponsors.field.name"))}
        <div className="form__row">
          <Field label={t("sponsors.field.kind")} error={errors.kind}>
            {(control) => (
              <select {...control} value={values.kind} onChange={(e) => set("kind", e.target.value as SponsorKind)}>
                {SPONSOR_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`sponsorKind.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("sponsors.field.country")} hint={t("sponsors.field.country.hint")} error={errors.country}>
            {(control) => (
              <input
                {...control}
                type="text"
                maxLength={2}
                autoCapitalize="characters"
                list="sponsor-edit-countries"
                value={values.country}
                onChange={(e) => set("country", e.target.value)}
              />
            )}
          </Field>
          <datalist id="sponsor-edit-countries">
            {NAMED_COUNTRIES.map((code) => (
              <option key={code} value={code}>
                {t(`country.${code}`)}
              </option>
            ))}
          </datalist>
        </div>
        <div className="form__row">
          {text("sector", t("sponsors.field.sector"))}
          {text("vatId", t("sponsors.field.vatId"))}
        </div>
        {text("membershipType", t("sponsors.field.membershipType"), "text", "sponsor-edit-memberships")}
        {/* The campaign's membership types, so "Fördermitglied" is picked, not typed a second way. */}
        <datalist id="sponsor-edit-memberships" data-testid="membership-suggestions">
          {(membershipTypes.data ?? []).map((value) => (
            <option key={value} value={isMembershipCode(value) ? t(`membershipType.${value}`) : value} />
          ))}
        </datalist>
        <div className="form__row">
          {text("contactName", t("sponsors.field.contactName"))}
          {text("contactEmail", t("sponsors.field.contactEmail"), "email")}
        </div>
        <Field label={t("sponsors.field.listing")} error={errors.listing}>
          {(control) => (
            <select
              {...control}
              value={values.listing}
              onChange={(e) => set("listing", e.target.value as SponsorRow["listing"])}
            >
              {LISTINGS.map((l) => (
                <option key={l} value={l}>
                  {t(`listing.${l}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("sponsors.field.notes")} error={errors.notes}>
          {(control) => (
            <textarea {...control} rows={3} value={values.notes} onChange={(e) => set("notes", e.target.value)} />
          )}
        </Field>
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="button button--primary" disabled={update.isPending}>
            {update.isPending ? t("form.submitting") : t("sponsors.edit.submit")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

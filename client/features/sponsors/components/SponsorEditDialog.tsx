// A sponsor's form, for a new sponsor or to correct one: every field in one form. A new
// sponsor is created with what was filled in (notes come later, by correcting it). For a
// correction only changed fields are sent, with the version the row had; a CONFLICT (changed
// meanwhile, or the name is taken) says so and the list is refetched, so a second try uses
// the new version.
import { useState, type FormEvent } from "react";
import { CountryField } from "../../../components/CountryField";
import { DateField } from "../../../components/DateField";
import { Dialog } from "../../../components/Dialog";
import { Field } from "../../../components/Field";
import { useToast } from "../../../components/Toast";
import { translateFieldErrors } from "../../../lib/fieldErrors";
import { SPONSOR_KINDS, type SponsorKind } from "../../../lib/codes";
import { useLocale, useT } from "../../../lib/i18n";
import { errorCodeOf, fieldErrorsOf } from "../../../lib/trpc";
import { isMembershipCode } from "../../../../server/domain/membership";
import {
  useCampaignStaff,
  useCreateSponsor,
  useMembershipTypes,
  useUpdateSponsor,
  type SponsorRow,
} from "../api/sponsors";
import { changesOf, createInputOf, editValuesOf, emptyEditValues, type EditValues } from "../editModel";
import { problemOf } from "../problem";
import { RemindersOptOut } from "./RemindersOptOut";

const LISTINGS: SponsorRow["listing"][] = ["hidden", "name", "name_and_amount"];

interface SponsorEditDialogProps {
  /** The sponsor to correct; without one the form creates a sponsor in `campaignId`. */
  sponsor?: SponsorRow;
  campaignId: number;
  onClose: () => void;
}

export function SponsorEditDialog({ sponsor, campaignId, onClose }: SponsorEditDialogProps) {
  const t = useT();
  const toast = useToast();
  const update = useUpdateSponsor();
  const create = useCreateSponsor();
  const { locale } = useLocale();
  const membershipTypes = useMembershipTypes(campaignId);
  const [values, setValues] = useState<EditValues>(() => (sponsor ? editValuesOf(sponsor, locale) : emptyEditValues()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const set = <K extends keyof EditValues>(key: K, value: EditValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const onError = (error: unknown) => {
    const fields = fieldErrorsOf(error);
    if (Object.keys(fields).length > 0) setErrors(translateFieldErrors(fields, t));
    else setProblem(errorCodeOf(error) === "CONFLICT" ? t("sponsors.edit.conflict") : problemOf(error, t));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    setProblem(null);
    if (!sponsor) {
      const onSuccess = (row: { name: string }) => {
        toast(t("sponsors.new.saved", { sponsor: row.name }));
        onClose();
      };
      return create.mutate(createInputOf(campaignId, values), { onSuccess, onError });
    }
    const changes = changesOf(sponsor, values);
    if (Object.keys(changes).length === 0) return onClose();
    update.mutate(
      { sponsorId: sponsor.id, expectedVersion: sponsor.version, ...changes },
      {
        onSuccess: (row) => {
          toast(t("sponsors.edit.saved", { sponsor: row.name }));
          onClose();
        },
        onError,
      },
    );
  };
  const pending = update.isPending || create.isPending;

  const text = (
    key: Exclude<keyof EditValues, "kind" | "listing" | "country" | "owner">,
    label: string,
    type = "text",
    list?: string,
  ) => (
    <Field label={label} error={errors[key]}>
      {(control) => (
        <input {...control} type={type} list={list} value={values[key]} onChange={(e) => set(key, e.target.value)} />
      )}
    </Field>
  );

  return (
    <Dialog title={sponsor ? t("sponsors.edit.title", { sponsor: sponsor.name }) : t("sponsors.new")} onClose={onClose}>
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
          <CountryField
            choice={values.country}
            code={values.countryCode}
            onChoice={(choice) => set("country", choice)}
            onCode={(code) => set("countryCode", code)}
            error={errors.country}
          />
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
        {sponsor && <RemindersOptOut sponsor={sponsor} />}
        <Field label={t("sponsors.field.address")} hint={t("sponsors.field.address.hint")} error={errors.address}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              autoComplete="off"
              value={values.address}
              onChange={(e) => set("address", e.target.value)}
            />
          )}
        </Field>
        <div className="form__row">
          <OwnerField
            campaignId={campaignId}
            value={values.owner}
            onChange={(owner) => set("owner", owner)}
            error={errors.ownerUserId}
          />
          <DateField
            label={t("sponsors.field.nextContactOn")}
            value={values.nextContactOn}
            onChange={(day) => set("nextContactOn", day)}
            error={errors.nextContactOn}
            testId="sponsor-next-contact"
          />
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
        {sponsor && (
          <Field label={t("sponsors.field.notes")} error={errors.notes}>
            {(control) => (
              <textarea {...control} rows={3} value={values.notes} onChange={(e) => set("notes", e.target.value)} />
            )}
          </Field>
        )}
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? t("form.submitting") : t(sponsor ? "sponsors.edit.submit" : "sponsors.new.submit")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The owner: one of the campaign's organisers or an admin, or nobody. */
function OwnerField({
  campaignId,
  value,
  onChange,
  error,
}: {
  campaignId: number;
  value: string;
  onChange: (owner: string) => void;
  error?: string;
}) {
  const t = useT();
  const staff = useCampaignStaff(campaignId);
  return (
    <Field label={t("sponsors.field.owner")} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)} data-testid="sponsor-owner">
          <option value="">{t("sponsors.field.owner.none")}</option>
          {(staff.data ?? []).map((user) => (
            <option key={user.id} value={String(user.id)}>
              {user.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

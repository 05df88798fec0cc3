// The issuer of receipts and invoices in the setup form: its text values from a campaign and
// reading them back into campaign.update's `issuer` (null when all is empty). Pure, unit-tested
// with the rest of the setup form.
import type { CampaignListItem } from "../../lib/campaigns";
import { dateValueProblem } from "../../lib/dateInput";
import type { Translate } from "../../lib/i18n";

export const ISSUER_FIELDS = [
  "issuerName",
  "issuerAddress",
  "issuerTaxNumber",
  "issuerVatId",
  "exemptionKind",
  "exemptionOffice",
  "exemptionDate",
  "exemptionPeriod",
  "issuerPurpose",
  "issuerSignatory",
  "issuerPlace",
] as const;
export type IssuerField = (typeof ISSUER_FIELDS)[number];
export type IssuerValues = Record<IssuerField, string>;
export type IssuerInput = NonNullable<CampaignListItem["issuer"]>;
export const EXEMPTION_KINDS = ["freistellungsbescheid", "feststellungsbescheid"] as const;

const REQUIRED: readonly IssuerField[] = [
  "issuerName",
  "issuerAddress",
  "exemptionOffice",
  "exemptionDate",
  "issuerPurpose",
  "issuerSignatory",
];

export function emptyIssuerValues(): IssuerValues {
  const values = Object.fromEntries(ISSUER_FIELDS.map((f) => [f, ""])) as IssuerValues;
  return { ...values, exemptionKind: "freistellungsbescheid" };
}

export function issuerValuesOf(issuer: CampaignListItem["issuer"]): IssuerValues {
  if (!issuer) return emptyIssuerValues();
  return {
    issuerName: issuer.legalName,
    issuerAddress: issuer.address,
    issuerTaxNumber: issuer.taxNumber ?? "",
    issuerVatId: issuer.vatId ?? "",
    exemptionKind: issuer.exemption.kind,
    exemptionOffice: issuer.exemption.taxOffice,
    exemptionDate: issuer.exemption.date,
    exemptionPeriod: issuer.exemption.period ?? "",
    issuerPurpose: issuer.purpose,
    issuerSignatory: issuer.signatory,
    issuerPlace: issuer.place ?? "",
  };
}

/** The issuer, null when nothing but the notice's kind is filled in; a part filled in asks for the rest. */
export function readIssuer(
  v: IssuerValues,
  t: Translate,
  errors: Partial<Record<IssuerField, string>>,
): IssuerInput | null {
  const trimmed = (f: IssuerField) => v[f].trim();
  const typed = ISSUER_FIELDS.some((f) => f !== "exemptionKind" && trimmed(f) !== "");
  if (!typed) return null;
  for (const f of REQUIRED) if (!trimmed(f)) errors[f] = t("setup.error.required");
  // The date field holds what was typed while it is no date.
  if (trimmed("exemptionDate") && dateValueProblem(trimmed("exemptionDate"), t))
    errors.exemptionDate = dateValueProblem(trimmed("exemptionDate"), t);
  if (!trimmed("issuerTaxNumber") && !trimmed("issuerVatId")) errors.issuerTaxNumber = t("issuer.error.taxId");
  const kind = v.exemptionKind === "feststellungsbescheid" ? "feststellungsbescheid" : "freistellungsbescheid";
  if (kind === "freistellungsbescheid" && !trimmed("exemptionPeriod"))
    errors.exemptionPeriod = t("issuer.error.period");
  const optional = (f: IssuerField) => trimmed(f) || undefined;
  return {
    legalName: trimmed("issuerName"),
    address: trimmed("issuerAddress"),
    taxNumber: optional("issuerTaxNumber"),
    vatId: optional("issuerVatId"),
    exemption: {
      kind,
      taxOffice: trimmed("exemptionOffice"),
      date: trimmed("exemptionDate"),
      period: optional("exemptionPeriod"),
    },
    purpose: trimmed("issuerPurpose"),
    signatory: trimmed("issuerSignatory"),
    place: optional("issuerPlace"),
  };
}

/** The server's zod paths of the issuer → the form's fields. */
export const ISSUER_SERVER_FIELDS: Record<string, IssuerField> = {
  "issuer.legalName": "issuerName",
  "issuer.address": "issuerAddress",
  "issuer.taxNumber": "issuerTaxNumber",
  "issuer.vatId": "issuerVatId",
  "issuer.exemption.kind": "exemptionKind",
  "issuer.exemption.taxOffice": "exemptionOffice",
  "issuer.exemption.date": "exemptionDate",
  "issuer.exemption.period": "exemptionPeriod",
  "issuer.purpose": "issuerPurpose",
  "issuer.signatory": "issuerSignatory",
  "issuer.place": "issuerPlace",
};

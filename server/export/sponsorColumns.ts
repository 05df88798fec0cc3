// The columns of the sponsors export; the contact person's only for those who may see it.
// Kept apart from the query (queries/sponsorExport.ts) so the .xlsx worker loads no database code.
import type { StaffRole } from "../access";
import { membershipLabel } from "../domain/membership";
import { amount, type Cell, code, integer, text, type Column } from "./columns";
import { LISTING_DE, SPONSOR_KIND_DE } from "./labels";
import type { SponsorExportRow } from "../queries/sponsorExport";

type SponsorColumn = Column<SponsorExportRow>;

/** Free text, but the known codes (`sponsor`, `user`) get their German word, as other codes do. */
const membership = (value: string): Cell => ({ kind: "code", code: value, de: membershipLabel(value, "de") });

const BEFORE_CONTACT: readonly SponsorColumn[] = [
  { header: { en: "id", de: "ID" }, width: 8, cell: (r) => integer(r.id) },
  { header: { en: "name", de: "Name" }, width: 32, cell: (r) => text(r.name) },
  { header: { en: "kind", de: "Art" }, width: 18, cell: (r) => code(SPONSOR_KIND_DE, r.kind) },
  { header: { en: "country", de: "Land" }, width: 8, cell: (r) => text(r.country) },
  { header: { en: "sector", de: "Branche" }, width: 20, cell: (r) => text(r.sector) },
  { header: { en: "vat_id", de: "USt-IdNr." }, width: 16, cell: (r) => text(r.vatId) },
  {
    header: { en: "membership_type", de: "Mitgliedschaft" },
    width: 16,
    cell: (r) => (r.membershipType === null ? text(null) : membership(r.membershipType)),
  },
];

const CONTACT: readonly SponsorColumn[] = [
  { header: { en: "contact_name", de: "Ansprechperson" }, width: 24, cell: (r) => text(r.contactName) },
  { header: { en: "contact_email", de: "E-Mail der Ansprechperson" }, width: 28, cell: (r) => text(r.contactEmail) },
];

const AFTER_CONTACT: readonly SponsorColumn[] = [
  { header: { en: "listing", de: "Öffentliche Nennung" }, width: 18, cell: (r) => code(LISTING_DE, r.listing) },
  { header: { en: "binding_amount", de: "Verbindlich zugesagt" }, width: 16, cell: (r) => amount(r.bindingCents) },
  { header: { en: "pledge_count", de: "Zusagen" }, width: 10, cell: (r) => integer(r.pledgeCount) },
];

/** Contact persons are personal data: organisers and admins get them, the committee not (as sponsor.list). */
export function mayExportContacts(role: StaffRole): boolean {
  return role !== "committee";
}

export function sponsorColumns(withContacts: boolean): readonly SponsorColumn[] {
  return withContacts ? [...BEFORE_CONTACT, ...CONTACT, ...AFTER_CONTACT] : [...BEFORE_CONTACT, ...AFTER_CONTACT];
}

// Which combinations of a pledge's fields make sense, whatever the form that sends them: the
// API's input checks, the ledger (for an edit, which merges new fields into old ones), the
// import and the browser's forms all ask these.
import type { Contribution, PledgeType } from "./codes";
import { VAT_RATES } from "./vat";

export interface PledgeFieldValues {
  sponsorId?: number | null;
  type?: PledgeType;
  description?: string | null;
  raisedBySponsorId?: number | null;
  raisedByName?: string | null;
  contribution?: Contribution;
  vatRatePercent?: number | null;
  waivesReimbursement?: boolean;
}

export type PledgeFieldProblem = {
  field: "description" | "raisedBySponsorId" | "raisedByName" | "vatRatePercent" | "waivesReimbursement";
  message: string;
};

export const MESSAGES = {
  description: "An in-kind pledge needs a description",
  raisedBySponsorId: "A sponsor cannot raise its own pledge",
  raisedByName: "Give a raising sponsor or a name, not both",
  vatRatePercent: "Only sponsoring carries a VAT rate (19 or 7); a donation has none",
  vatRateValue: `A sponsoring VAT rate is ${VAT_RATES.join(" or ")} percent`,
  waivesReimbursement: "Only a cash donation can be a waiver of reimbursed expenses (Aufwandsspende)",
} as const;

/**
 * A donation has no VAT rate; sponsoring has one of VAT_RATES. Undefined values are left to
 * their defaults (donation; sponsoring at the default rate), so only a given rate can be wrong.
 */
export function vatRateProblem(
  contribution: Contribution | undefined,
  vatRatePercent: number | null | undefined,
): string | null {
  if (vatRatePercent == null) return null;
  if ((contribution ?? "donation") === "donation") return MESSAGES.vatRatePercent;
  return (VAT_RATES as readonly number[]).includes(vatRatePercent) ? null : MESSAGES.vatRateValue;
}

/** An in-kind pledge says what is given. */
export function lacksDescription(type: PledgeType | undefined, description: string | null | undefined): boolean {
  return type === "in_kind" && !description?.trim();
}

/** A pledge is raised by another sponsor than the one who pays it. */
export function raisesOwnPledge(
  sponsorId: number | null | undefined,
  raisedBySponsorId: number | null | undefined,
): boolean {
  return raisedBySponsorId != null && raisedBySponsorId === sponsorId;
}

/** Who raised a pledge is a sponsor or a person's name, not both. */
export function raiserGivenTwice(
  raisedBySponsorId: number | null | undefined,
  raisedByName: string | null | undefined,
): boolean {
  return raisedBySponsorId != null && !!raisedByName;
}

/**
 * An Aufwandsspende is money the donor could have claimed back and gives instead: a cash
 * donation (its receipt says so), never sponsoring or an in-kind pledge.
 */
export function waiverMisplaced(
  waives: boolean | undefined,
  contribution: Contribution | undefined,
  type: PledgeType | undefined,
): boolean {
  return waives === true && ((contribution ?? "donation") === "sponsoring" || type === "in_kind");
}

/** Every rule the values break, each with its field. */
export function pledgeFieldProblems(p: PledgeFieldValues): PledgeFieldProblem[] {
  const problems: PledgeFieldProblem[] = [];
  if (lacksDescription(p.type, p.description)) problems.push({ field: "description", message: MESSAGES.description });
  if (raiserGivenTwice(p.raisedBySponsorId, p.raisedByName))
    problems.push({ field: "raisedByName", message: MESSAGES.raisedByName });
  if (raisesOwnPledge(p.sponsorId, p.raisedBySponsorId))
    problems.push({ field: "raisedBySponsorId", message: MESSAGES.raisedBySponsorId });
  const vat = vatRateProblem(p.contribution, p.vatRatePercent);
  if (vat) problems.push({ field: "vatRatePercent", message: vat });
  if (waiverMisplaced(p.waivesReimbursement, p.contribution, p.type))
    problems.push({ field: "waivesReimbursement", message: MESSAGES.waivesReimbursement });
  return problems;
}

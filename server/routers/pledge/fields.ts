// Pledge inputs shared by the pledge procedures.
import { z } from "zod";
import { CONTRIBUTIONS, CREATABLE_STATUSES, PLEDGE_STATUSES, PLEDGE_TYPES } from "../../domain/codes";
import { pledgeFieldProblems } from "../../domain/pledgeFields";
import { lacksWithdrawalReason, WITHDRAWAL_REASON_MESSAGE } from "../../domain/pledgeRules";
import { sponsorInput } from "../sponsor/fields";
import { businessDate, cents, id, nullableText, optionalText, version } from "../inputs";

/** The field rules of domain/pledgeFields.ts, reported on their fields with the input. */
function fieldRules(p: Parameters<typeof pledgeFieldProblems>[0], ctx: z.RefinementCtx): void {
  for (const problem of pledgeFieldProblems(p))
    ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
}

/** Donation or sponsoring (issue 17): a rate is for sponsoring only (domain/pledgeFields.ts vatRateProblem). */
const contribution = z.enum(CONTRIBUTIONS).optional();
const vatRatePercent = z.int().min(0).max(100);

/** Confirms a pledge or status date more than 90 days after the deadline (the UI asks first). */
const acceptUnusualDate = z.boolean().optional();

export const createPledgeInput = z
  .object({
    campaignId: id,
    /** An existing sponsor of the campaign, or `newSponsor`: exactly one of the two. */
    sponsorId: id.optional(),
    /** A sponsor created with the pledge, in the same transaction: both or neither. */
    newSponsor: z.object(sponsorInput).optional(),
    amountCents: cents,
    type: z.enum(PLEDGE_TYPES),
    status: z.enum(CREATABLE_STATUSES),
    pledgedAt: businessDate.optional(),
    conditional: z.boolean().optional(),
    description: optionalText(2000),
    raisedBySponsorId: id.optional(),
    raisedByName: optionalText(200),
    note: optionalText(5000),
    idempotencyKey: z.string().min(1).max(200).optional(),
    contribution,
    vatRatePercent: vatRatePercent.optional(),
    /** A cash donation made by waiving reimbursed expenses (Aufwandsspende); default false. */
    waivesReimbursement: z.boolean().optional(),
    acceptUnusualDate,
  })
  .superRefine(fieldRules)
  .refine((p) => (p.sponsorId === undefined) !== (p.newSponsor === undefined), {
    path: ["sponsorId"],
    message: "Give either sponsorId or newSponsor",
  });

export const setStatusInput = z
  .object({
    pledgeId: id,
    status: z.enum(PLEDGE_STATUSES),
    expectedVersion: version,
    at: businessDate.optional(),
    reason: optionalText(1000),
    acceptUnusualDate,
  })
  .refine((s) => !lacksWithdrawalReason(s.status, s.reason), { path: ["reason"], message: WITHDRAWAL_REASON_MESSAGE });

export const updatePledgeInput = z.object({
  pledgeId: id,
  expectedVersion: version,
  at: businessDate.optional(),
  reason: optionalText(1000),
  sponsorId: id.optional(),
  amountCents: cents.optional(),
  type: z.enum(PLEDGE_TYPES).optional(),
  pledgedAt: businessDate.optional(),
  conditional: z.boolean().optional(),
  description: nullableText(2000),
  raisedBySponsorId: id.nullable().optional(),
  raisedByName: nullableText(200),
  note: nullableText(5000),
  contribution,
  /** Null or left out with a move to donation clears it; left out with sponsoring keeps it (or 19). */
  vatRatePercent: vatRatePercent.nullable().optional(),
  waivesReimbursement: z.boolean().optional(),
  schedule: z
    .array(z.object({ dueOn: businessDate, amountCents: cents }))
    .min(1)
    .max(20)
    .optional(),
  acceptUnusualDate,
});

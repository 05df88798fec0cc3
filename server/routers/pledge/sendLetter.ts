// pledge.sendConfirmation and pledge.sendThanks: a pledge's letter by e-mail, through the outbox.
import { z } from "zod";
import { pledgeForWriter } from "../../access";
import { USER_LOCALES } from "../../domain/codes";
import { badField, conflict, notFound } from "../../domain/errors";
import { LETTERS, type LetterKind } from "../../letters/kinds";
import { pledgeReference } from "../../letters/reference";
import { letterMail } from "../../mail/letterMessages";
import { campaignById } from "../../queries/campaigns";
import { sponsorById } from "../../queries/sponsors";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";

const sendLetterInput = z.object({ pledgeId: id, locale: z.enum(USER_LOCALES).optional() });

/**
 * Organiser, admin: queues an e-mail with the letter to the sponsor's contact e-mail. The PDF
 * is not stored: the sender renders it from the pledge as it stands then, in `locale`.
 * Refused as the HTTP letter is (CONFLICT); without a contact e-mail, `contactEmail`.
 */
function sendLetterProcedure(kind: LetterKind) {
  return staffProcedure.input(sendLetterInput).mutation(async ({ ctx, input }) => {
    const { pledge } = pledgeForWriter(ctx.db, ctx.user, input.pledgeId);
    const refusal = LETTERS[kind].refusal(pledge);
    if (refusal) throw conflict(refusal);
    const sponsor = sponsorById(ctx.db, pledge.sponsorId);
    const campaign = campaignById(ctx.db, pledge.campaignId);
    if (!sponsor || !campaign) throw notFound("pledge");
    const recipient = sponsor.contactEmail;
    if (!recipient) throw badField("contactEmail", "The sponsor has no contact e-mail to send the letter to");
    const locale = input.locale ?? ctx.user.locale ?? "de";
    const text = letterMail(locale, {
      kind,
      reference: pledgeReference(pledge),
      sponsorName: sponsor.name,
      contactName: sponsor.contactName,
      campaignName: campaign.name,
      senderContactName: campaign.senderContactName,
      senderName: campaign.senderName,
    });
    const actor = { userId: ctx.user.id, now: ctx.now() };
    const mail = await ctx.services.ledger.run((c) =>
      c.queueMail(actor, {
        campaignId: pledge.campaignId,
        sponsorId: sponsor.id,
        kind,
        recipient,
        ...text,
        pledgeId: pledge.id,
        locale,
      }),
    );
    return { messageId: mail.id };
  });
}

export const pledgeSendConfirmation = sendLetterProcedure("confirmation");
export const pledgeSendThanks = sendLetterProcedure("thanks");

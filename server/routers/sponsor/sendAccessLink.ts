import { z } from "zod";
import { audit } from "../../audit";
import { USER_LOCALES } from "../../domain/codes";
import { badField } from "../../domain/errors";
import { accessLinkMail } from "../../mail/messages";
import { campaignById } from "../../queries/campaigns";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";
import { liveSponsorFor } from "./load";

/**
 * Organiser, admin: queues an e-mail with the sponsor's personal link to its contact e-mail.
 * The link (and its token) is made when the mail is sent, so the outbox keeps only its id.
 */
export const sponsorSendAccessLink = staffProcedure
  .input(z.object({ sponsorId: id, locale: z.enum(USER_LOCALES).optional() }))
  .mutation(async ({ ctx, input }) => {
    const sponsor = liveSponsorFor(ctx, input.sponsorId, "write");
    const recipient = sponsor.contactEmail;
    if (!recipient) throw badField("contactEmail", "The sponsor has no contact e-mail to send the link to");
    const locale = input.locale ?? ctx.user.locale ?? "de";
    const text = accessLinkMail(locale, {
      sponsorName: sponsor.name,
      contactName: sponsor.contactName,
      campaignName: campaignById(ctx.db, sponsor.campaignId)?.name ?? "",
    });
    const actor = { userId: ctx.user.id, now: ctx.now() };
    const mail = await ctx.services.ledger.run((c) =>
      c.queueMail(actor, {
        campaignId: sponsor.campaignId,
        sponsorId: sponsor.id,
        kind: "access_link",
        recipient,
        ...text,
      }),
    );
    audit(ctx.db, ctx.now(), {
      action: "sponsor_link_mail_queued",
      userId: ctx.user.id,
      sponsorId: sponsor.id,
      campaignId: sponsor.campaignId,
      ip: ctx.ip,
    });
    return { messageId: mail.id };
  });

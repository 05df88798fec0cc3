import { z } from "zod";
import { assertCampaignAccess } from "../../access";
import { MAIL_STATUSES } from "../../domain/codes";
import { mailOf } from "../../queries/mail";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Organiser, admin: the campaign's outbox, newest first, and whether sending is set up
 * (`sending: "off"` without SMTP_URL: mail stays queued).
 */
export const mailList = staffProcedure
  .input(z.object({ campaignId: id, status: z.enum(MAIL_STATUSES).optional(), cursor: id.optional() }))
  .query(({ ctx, input }) => {
    assertCampaignAccess(ctx.user, input.campaignId, "write", "campaign");
    const page = mailOf(ctx.db, input.campaignId, input.status, input.cursor);
    return {
      sending: ctx.services.mailSending ? ("on" as const) : ("off" as const),
      items: page.items.map(({ lastError, createdAt, sentAt, nextAttemptAt, ...mail }) => ({
        ...mail,
        ...(lastError ? { error: lastError } : {}),
        createdAt: iso(createdAt),
        ...(sentAt ? { sentAt: iso(sentAt) } : {}),
        ...(mail.status === "queued" ? { nextAttemptAt: iso(nextAttemptAt) } : {}),
      })),
      nextCursor: page.nextCursor,
    };
  });

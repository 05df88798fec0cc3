import { z } from "zod";
import { campaignFor } from "../../access";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";
import { MAX_CONTENT_CHARS } from "../pledge/importSheet";

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const importStatementInput = z.object({
  campaignId: id,
  filename: z.string().trim().min(1).max(255),
  contentBase64: z
    .string()
    .max(MAX_CONTENT_CHARS)
    .transform((text) => text.replace(/\s+/g, ""))
    .refine((text) => text.length % 4 === 0 && BASE64.test(text), { message: "Expected the file's content in base64" }),
  dryRun: z.boolean(),
});

/**
 * Organiser, admin: a bank statement (camt.053 .xml or .zip, MT940, Sparkasse or generic
 * CSV): its credits booked by reference where nothing is in doubt, the rest kept for review.
 * A file that cannot be read is refused whole, naming the line or element.
 */
export const paymentImportStatement = staffProcedure.input(importStatementInput).mutation(async ({ ctx, input }) => {
  const { campaign } = campaignFor(ctx.services.lookups, ctx.user, input.campaignId, "write");
  const outcome = await ctx.services.ledger.importStatement({
    campaign,
    actor: { userId: ctx.user.id, now: ctx.now() },
    filename: input.filename,
    bytes: Buffer.from(input.contentBase64, "base64"),
    dryRun: input.dryRun,
  });
  return { dryRun: input.dryRun, ...outcome };
});

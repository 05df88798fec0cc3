import { z } from "zod";
import { campaignFor } from "../../access";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";
import { importSheet, MAX_CONTENT_CHARS } from "./importSheet";

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const importFileInput = z.object({
  campaignId: id,
  filename: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .regex(/\.(csv|xlsx)$/i, { message: "Expected a .csv or .xlsx file (save an .xls as .xlsx)" }),
  contentBase64: z
    .string()
    .max(MAX_CONTENT_CHARS)
    .transform((text) => text.replace(/\s+/g, ""))
    .refine((text) => text.length % 4 === 0 && BASE64.test(text), { message: "Expected the file's content in base64" }),
  dryRun: z.boolean(),
});

/** Organiser, admin: as importCsv, from an .xlsx or a CSV file (UTF-8 or Windows-1252) in base64. */
export const pledgeImportFile = staffProcedure.input(importFileInput).mutation(({ ctx, input }) => {
  const { campaign } = campaignFor(ctx.services.lookups, ctx.user, input.campaignId, "write");
  const bytes = Buffer.from(input.contentBase64, "base64");
  const kind = /\.xlsx$/i.test(input.filename) ? "xlsx" : "csv";
  return importSheet(ctx, campaign, { kind, bytes }, input.dryRun);
});

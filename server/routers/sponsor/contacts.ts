import { z } from "zod";
import { contactsOf } from "../../queries/followUp";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";
import { sponsorFor } from "./load";

/** Organiser, admin: the sponsor's contact log, newest first (the committee sees owner and next date only). */
export const sponsorContacts = staffProcedure.input(z.object({ sponsorId: id })).query(({ ctx, input }) => {
  const sponsor = sponsorFor(ctx, input.sponsorId, "write");
  return contactsOf(ctx.db, sponsor.id).map((c) => ({ ...c, createdAt: new Date(c.createdAt).toISOString() }));
});

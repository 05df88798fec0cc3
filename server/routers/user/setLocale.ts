import { z } from "zod";
import { existingUser } from "../../auth/sessions";
import { setLocale } from "../../auth/users";
import { USER_LOCALES } from "../../domain/codes";
import { staffProcedure } from "../../trpc";

/** Any signed-in user, for itself: the UI language to show after its next sign-in. Sponsors keep theirs in the browser. */
export const userSetLocale = staffProcedure
  .input(z.object({ locale: z.enum(USER_LOCALES) }))
  .mutation(({ ctx, input }) => {
    setLocale(ctx.db, ctx.user.id, input.locale);
    return existingUser(ctx.services.lookups, ctx.user.id);
  });

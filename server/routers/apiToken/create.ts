import { z } from "zod";
import { audit } from "../../audit";
import { createApiToken } from "../../auth/apiTokens";
import { staffProcedure } from "../../trpc";
import { shortText } from "../inputs";

/** A user: a new personal API token; the token is in this answer only. */
export const apiTokenCreate = staffProcedure.input(z.object({ name: shortText(100) })).mutation(({ ctx, input }) => {
  const created = createApiToken(ctx.db, ctx.user.id, input.name, ctx.now());
  audit(ctx.db, ctx.now(), {
    action: "api_token_created",
    userId: ctx.user.id,
    ip: ctx.ip,
    detail: { tokenId: created.id, name: input.name },
  });
  return created;
});

import { z } from "zod";
import { audit } from "../audit";
import { createApiToken, listApiTokens, revokeApiToken } from "../auth/apiTokens";
import { notFound } from "../errors";
import { router, staffProcedure } from "../trpc";
import { id, shortText } from "../validation";

export const apiTokenRouter = router({
  /** A user: a new personal API token; the token is in this answer only. */
  create: staffProcedure.input(z.object({ name: shortText(100) })).mutation(({ ctx, input }) => {
    const created = createApiToken(ctx.db, ctx.user.id, input.name, ctx.now());
    audit(ctx.db, ctx.now(), { action: "api_token_created", userId: ctx.user.id, ip: ctx.ip, detail: { tokenId: created.id, name: input.name } });
    return created;
  }),

  /** A user: its own tokens, without the secrets. */
  list: staffProcedure.query(({ ctx }) => listApiTokens(ctx.db, ctx.user.id)),

  /** A user: revoke one of its own tokens. */
  revoke: staffProcedure.input(z.object({ tokenId: id })).mutation(({ ctx, input }) => {
    if (!revokeApiToken(ctx.db, ctx.user.id, input.tokenId, ctx.now())) throw notFound("token");
    audit(ctx.db, ctx.now(), { action: "api_token_revoked", userId: ctx.user.id, ip: ctx.ip, detail: { tokenId: input.tokenId } });
    return { ok: true };
  }),
});

import { z } from "zod";
import { audit } from "../../audit";
import { revokeApiToken } from "../../auth/apiTokens";
import { notFound } from "../../domain/errors";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";

/** A user signed in with its password (API tokens are FORBIDDEN): revoke one of its own tokens. */
export const apiTokenRevoke = staffProcedure.input(z.object({ tokenId: id })).mutation(({ ctx, input }) => {
  if (!revokeApiToken(ctx.db, ctx.user.id, input.tokenId, ctx.now())) throw notFound("token");
  ctx.services.feed.accessChanged({ userId: ctx.user.id });
  audit(ctx.db, ctx.now(), {
    action: "api_token_revoked",
    userId: ctx.user.id,
    ip: ctx.ip,
    detail: { tokenId: input.tokenId },
  });
  return { ok: true };
});

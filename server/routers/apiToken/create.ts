import { z } from "zod";
import { audit } from "../../audit";
import { createApiToken } from "../../auth/apiTokens";
import { API_TOKEN_DAYS, API_TOKEN_SCOPES } from "../../domain/codes";
import { staffProcedure } from "../../trpc";
import { shortText } from "../inputs";

const createTokenInput = z.object({
  name: shortText(100),
  scope: z.enum(API_TOKEN_SCOPES),
  expiresInDays: z.int().min(1).max(API_TOKEN_DAYS.max).optional(),
});

/**
 * A user signed in with its password (API tokens are FORBIDDEN: access.ts): a new personal
 * API token with a scope and an expiry; the token is in this answer only.
 */
export const apiTokenCreate = staffProcedure.input(createTokenInput).mutation(({ ctx, input }) => {
  const created = createApiToken(ctx.db, ctx.user.id, input, ctx.now());
  audit(ctx.db, ctx.now(), {
    action: "api_token_created",
    userId: ctx.user.id,
    ip: ctx.ip,
    detail: { tokenId: created.id, name: input.name, scope: created.scope, expiresAt: created.expiresAt },
  });
  return created;
});

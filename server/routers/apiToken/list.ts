import { listApiTokens } from "../../auth/apiTokens";
import { staffProcedure } from "../../trpc";

/** A user: its own tokens with scope and expiry, without the secrets. */
export const apiTokenList = staffProcedure.query(({ ctx }) => listApiTokens(ctx.db, ctx.user.id, ctx.now()));

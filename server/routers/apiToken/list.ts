import { listApiTokens } from "../../auth/apiTokens";
import { staffProcedure } from "../../trpc";

/** A user: its own tokens, without the secrets. */
export const apiTokenList = staffProcedure.query(({ ctx }) => listApiTokens(ctx.db, ctx.user.id));

import { publicProcedure } from "../../trpc";

/** Anyone: the signed-in user with roles, the signed-in sponsor, or null. */
export const authMe = publicProcedure.query(({ ctx }) => ctx.user ?? ctx.sponsor);

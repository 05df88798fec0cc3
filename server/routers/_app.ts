import { createCallerFactory, router } from "../trpc";
import { authRouter } from "./auth";
import { campaignRouter } from "./campaign";
import { pledgeRouter } from "./pledge";
import { sponsorRouter } from "./sponsor";
import { userRouter } from "./user";

export const appRouter = router({
  auth: authRouter,
  user: userRouter,
  campaign: campaignRouter,
  sponsor: sponsorRouter,
  pledge: pledgeRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);

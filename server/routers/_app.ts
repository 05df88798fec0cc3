import { createCallerFactory, router } from "../trpc";
import { authRouter } from "./auth";
import { campaignRouter } from "./campaign";
import { pledgeRouter } from "./pledge";
import { sponsorRouter } from "./sponsor";
import { userRouter } from "./user";
import { apiTokenRouter } from "./apiToken";
import { publicCampaignRouter } from "./publicCampaign";
import { sponsorPortalRouter } from "./sponsorPortal";

export const appRouter = router({
  auth: authRouter,
  user: userRouter,
  campaign: campaignRouter,
  sponsor: sponsorRouter,
  pledge: pledgeRouter,
  sponsorPortal: sponsorPortalRouter,
  apiToken: apiTokenRouter,
  publicCampaign: publicCampaignRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);

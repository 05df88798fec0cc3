// The API: one router per noun, each in its folder with one file per procedure, so the file
// that holds `pledge.update` is routers/pledge/update.ts.
import { createCallerFactory, router } from "../trpc";
import { apiTokenRouter } from "./apiToken/_router";
import { authRouter } from "./auth/_router";
import { campaignRouter } from "./campaign/_router";
import { documentRouter } from "./document/_router";
import { mailRouter } from "./mail/_router";
import { paymentRouter } from "./payment/_router";
import { pledgeRouter } from "./pledge/_router";
import { portfolioRouter } from "./portfolio/_router";
import { publicCampaignRouter } from "./publicCampaign/_router";
import { sponsorRouter } from "./sponsor/_router";
import { sponsorPortalRouter } from "./sponsorPortal/_router";
import { statePaymentRouter } from "./statePayment/_router";
import { userRouter } from "./user/_router";

export const appRouter = router({
  auth: authRouter,
  user: userRouter,
  campaign: campaignRouter,
  sponsor: sponsorRouter,
  pledge: pledgeRouter,
  sponsorPortal: sponsorPortalRouter,
  apiToken: apiTokenRouter,
  mail: mailRouter,
  payment: paymentRouter,
  document: documentRouter,
  publicCampaign: publicCampaignRouter,
  statePayment: statePaymentRouter,
  portfolio: portfolioRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);

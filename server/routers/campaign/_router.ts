import { router } from "../../trpc";
import { campaignBreakdowns } from "./breakdowns";
import { campaignCorrections } from "./corrections";
import { campaignCreate } from "./create";
import { campaignDrawdown } from "./drawdown";
import { campaignList } from "./list";
import { campaignOnSummary } from "./onSummary";
import { campaignPipeline } from "./pipeline";
import { campaignStaffList } from "./staff";
import { campaignSummary } from "./summary";
import { campaignUpdate } from "./update";

export const campaignRouter = router({
  list: campaignList,
  create: campaignCreate,
  update: campaignUpdate,
  summary: campaignSummary,
  onSummary: campaignOnSummary,
  pipeline: campaignPipeline,
  breakdowns: campaignBreakdowns,
  corrections: campaignCorrections,
  staff: campaignStaffList,
  drawdown: campaignDrawdown,
});

import { router } from "../../trpc";
import { portfolioSummary } from "./summary";

export const portfolioRouter = router({
  summary: portfolioSummary,
});

import { router } from "../../trpc";
import { paymentAssignEntry } from "./assignEntry";
import { paymentDismissEntry } from "./dismissEntry";
import { paymentImportStatement } from "./importStatement";
import { paymentReviewQueue } from "./reviewQueue";

export const paymentRouter = router({
  importStatement: paymentImportStatement,
  reviewQueue: paymentReviewQueue,
  assignEntry: paymentAssignEntry,
  dismissEntry: paymentDismissEntry,
});

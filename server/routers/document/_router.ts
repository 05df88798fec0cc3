import { router } from "../../trpc";
import { documentCancel } from "./cancel";
import { documentIssue } from "./issue";
import { documentList } from "./list";
import { documentOpenReceipts } from "./openReceipts";

export const documentRouter = router({
  issue: documentIssue,
  cancel: documentCancel,
  list: documentList,
  openReceipts: documentOpenReceipts,
});

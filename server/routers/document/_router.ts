import { router } from "../../trpc";
import { documentCancel } from "./cancel";
import { documentIssue } from "./issue";
import { documentList } from "./list";

export const documentRouter = router({
  issue: documentIssue,
  cancel: documentCancel,
  list: documentList,
});

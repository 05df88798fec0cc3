import { router } from "../../trpc";
import { mailList } from "./list";

export const mailRouter = router({
  list: mailList,
});

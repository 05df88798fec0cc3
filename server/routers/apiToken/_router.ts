import { router } from "../../trpc";
import { apiTokenCreate } from "./create";
import { apiTokenList } from "./list";
import { apiTokenRevoke } from "./revoke";

export const apiTokenRouter = router({
  create: apiTokenCreate,
  list: apiTokenList,
  revoke: apiTokenRevoke,
});

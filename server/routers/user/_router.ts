import { router } from "../../trpc";
import { userCreate } from "./create";
import { userList } from "./list";
import { userResetPassword } from "./resetPassword";
import { userSetAdmin } from "./setAdmin";
import { userSetDisabled } from "./setDisabled";
import { userSetLocale } from "./setLocale";
import { userSetMembership } from "./setMembership";

export const userRouter = router({
  list: userList,
  create: userCreate,
  setMembership: userSetMembership,
  setDisabled: userSetDisabled,
  setAdmin: userSetAdmin,
  setLocale: userSetLocale,
  resetPassword: userResetPassword,
});

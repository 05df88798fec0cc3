import { router } from "../../trpc";
import { authChangePassword } from "./changePassword";
import { authLogin } from "./login";
import { authLogout } from "./logout";
import { authMe } from "./me";

export const authRouter = router({
  login: authLogin,
  logout: authLogout,
  me: authMe,
  changePassword: authChangePassword,
});

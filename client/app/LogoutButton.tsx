// Sign-out for staff and sponsors alike; `to` is where the browser goes afterwards.
import { useNavigate } from "react-router";
import { useLogout } from "../features/auth/api/session";
import { useT } from "../lib/i18n";

export function LogoutButton({ to, state }: { to: string; state?: unknown }) {
  const t = useT();
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <button
      type="button"
      className="button button--ghost"
      disabled={logout.isPending}
      onClick={() => logout.mutate(undefined, { onSettled: () => navigate(to, { replace: true, state }) })}
    >
      {t("shell.logout")}
    </button>
  );
}

// Screens behind a session: without one (`auth.me` is null) go to /login and come back after.
import { Navigate, Outlet, useLocation } from "react-router";
import { ErrorState, Loading } from "../components/States";
import { useMe } from "../features/auth/api/session";
import { useT } from "../lib/i18n";

export function RequireAuth() {
  const t = useT();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorState error={me.error} message={t("common.error.title")} onRetry={() => me.refetch()} />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}

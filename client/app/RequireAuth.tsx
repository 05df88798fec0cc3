// Staff screens: without a session (`auth.me` is null) go to /login and come back after;
// a sponsor's session belongs in the portal, never on a staff screen.
import { Navigate, Outlet, useLocation } from "react-router";
import { EmptyState, ErrorState, Loading } from "../components/States";
import { useT } from "../lib/i18n";
import { useMe } from "../lib/me";

export function RequireAuth() {
  const t = useT();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorState error={me.error} message={t("common.error.title")} onRetry={() => me.refetch()} />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (me.data.kind === "sponsor") return <Navigate to="/portal" replace />;
  return <Outlet />;
}

/** Admin-only screens: others see a plain "not for you" (the server refuses them anyway). */
export function RequireAdmin() {
  const t = useT();
  const me = useMe();
  if (me.data?.kind === "user" && me.data.isAdmin) return <Outlet />;
  return <EmptyState title={t("admin.only.title")}>{t("admin.only.text")}</EmptyState>;
}

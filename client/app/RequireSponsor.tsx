// The sponsor portal: only a sponsor session (opened through its link) gets in. Staff go
// to their own start page; without a session the page explains how sponsors sign in.
import { Link, Navigate, Outlet, useLocation } from "react-router";
import { ErrorState, Loading } from "../components/States";
import { useT } from "../lib/i18n";
import { useMe } from "../lib/me";

export function RequireSponsor() {
  const t = useT();
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorState error={me.error} message={t("common.error.title")} onRetry={() => me.refetch()} />;
  if (!me.data) return <SponsorSignedOut />;
  if (me.data.kind === "user") return <Navigate to="/" replace />;
  return <Outlet />;
}

function SponsorSignedOut() {
  const t = useT();
  const { state } = useLocation();
  const signedOut = (state as { signedOut?: boolean } | null)?.signedOut === true;
  return (
    <main className="login" id="main">
      <div className="login__card" data-testid="portal-signed-out">
        <p className="login__brand">{t("app.name")}</p>
        <h1>{signedOut ? t("portal.signedOut.title") : t("portal.noSession.title")}</h1>
        <p>{t("portal.noSession.text")}</p>
        <p className="muted small">
          {t("portal.noSession.staff")} <Link to="/login">{t("portal.noSession.staffLink")}</Link>
        </p>
      </div>
    </main>
  );
}

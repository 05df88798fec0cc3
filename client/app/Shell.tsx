// The frame of every signed-in screen: app name, campaign switcher, navigation, user, sign-out.
import { useId } from "react";
import { NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { useLogout, useMe } from "../features/auth/api/session";
import { useCampaignId, useCampaigns } from "../lib/campaigns";
import { LOCALES, useLocale, useT, type Locale } from "../lib/i18n";

export function Shell() {
  const t = useT();
  const campaignId = useCampaignId();
  const me = useMe();
  const campaigns = useCampaigns();
  const current = campaigns.data?.find((c) => c.id === campaignId);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("shell.skipToContent")}
      </a>
      <header className="header">
        <div className="header__inner">
          <span className="header__brand">{t("app.name")}</span>
          {campaigns.data && campaigns.data.length > 0 && <CampaignSwitcher campaigns={campaigns.data} campaignId={campaignId} />}
          {current && (
            <nav className="header__nav" aria-label={t("shell.nav")}>
              <NavLink to={`/c/${current.id}`} end>
                {t("nav.dashboard")}
              </NavLink>
              <NavLink to={`/c/${current.id}/pledges`}>{t("nav.pledges")}</NavLink>
            </nav>
          )}
          <div className="header__user">
            <LanguageSwitcher />
            {me.data && (
              <span className="header__name" title={current ? t("shell.user", { name: me.data.name, role: t(`role.${current.role}`) }) : me.data.name}>
                {me.data.name}
              </span>
            )}
            <LogoutButton />
          </div>
        </div>
      </header>
      <main className="page" id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

function CampaignSwitcher({ campaigns, campaignId }: { campaigns: { id: number; name: string }[]; campaignId: number }) {
  const t = useT();
  const id = useId();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // Stay on the same screen (dashboard, pledges …) of the other campaign.
  const rest = pathname.replace(/^\/c\/\d+/, "");
  return (
    <div className="header__switcher">
      <label htmlFor={id} className="visually-hidden">
        {t("shell.campaign")}
      </label>
      <select id={id} value={Number.isNaN(campaignId) ? "" : campaignId} onChange={(e) => navigate(`/c/${e.target.value}${rest.startsWith("/") ? rest : ""}`)}>
        {Number.isNaN(campaignId) && <option value="">{t("shell.campaign")}</option>}
        {campaigns.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function LanguageSwitcher() {
  const t = useT();
  const id = useId();
  const { locale, setLocale } = useLocale();
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {t("shell.language")}
      </label>
      <select id={id} className="select--compact" value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </>
  );
}

function LogoutButton() {
  const t = useT();
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <button type="button" className="button button--ghost" disabled={logout.isPending} onClick={() => logout.mutate(undefined, { onSettled: () => navigate("/login", { replace: true }) })}>
      {t("shell.logout")}
    </button>
  );
}

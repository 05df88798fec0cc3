// The frame of every staff screen: app name, campaign switcher, navigation, the user (a link
// to the account page), language and sign-out. On a phone the navigation stays in view (its
// links wrap) while the campaign, language, account and sign-out fold into a menu behind one
// button (styles.css shows it below 640 px); the menu closes on navigation and on Escape.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { Link, NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { LanguageSwitcher } from "../components/LanguageSwitcher";
import { useCampaignId, useCampaigns, type CampaignListItem } from "../lib/campaigns";
import { canWrite } from "../lib/codes";
import { useT } from "../lib/i18n";
import { isFunder, useStaffUser } from "../lib/me";
import { LogoutButton } from "./LogoutButton";
import { NoCampaignAccess } from "./NoCampaignAccess";

export function Shell() {
  const t = useT();
  const campaignId = useCampaignId();
  const user = useStaffUser();
  const campaigns = useCampaigns();
  const current = campaigns.data?.find((c) => c.id === campaignId);
  // A campaign's address the user's list does not hold: not there, or no role in it. The
  // server would refuse each of the screen's calls; one page says it instead. (While the list
  // loads the screen starts, as its calls share the list's batch.)
  const noAccess = !Number.isNaN(campaignId) && ((campaigns.isSuccess && !current) || isFunder(user));
  // Off a campaign's screens (account, users) the navigation leads to the first campaign.
  const navCampaign = current ?? campaigns.data?.[0];
  const menu = useMenu();
  // A funder has the portfolio only: no campaign switcher, no campaign screens.
  const funder = isFunder(user);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("shell.skipToContent")}
      </a>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the header closes the phone menu; its button is the control */}
      <header className="header" onKeyDown={menu.onKeyDown}>
        <div className="header__inner">
          <span className="header__brand">{t("app.name")}</span>
          <button
            type="button"
            ref={menu.buttonRef}
            className="button button--ghost header__menu-button"
            aria-expanded={menu.open}
            aria-controls={menu.id}
            onClick={menu.toggle}
          >
            <span className="header__menu-icon" aria-hidden="true" />
            {t("shell.menu")}
          </button>
          <div id={menu.id} className={menu.open ? "header__menu header__menu--open" : "header__menu"}>
            {!funder && campaigns.data && campaigns.data.length > 0 && (
              <CampaignSwitcher campaigns={campaigns.data} campaignId={campaignId} />
            )}
            <div className="header__user">
              <LanguageSwitcher />
              {user && (
                <Link
                  to="/account"
                  className="header__name"
                  title={
                    current ? t("shell.user", { name: user.name, role: t(`role.${current.role}`) }) : t("shell.account")
                  }
                  data-testid="header-account-link"
                >
                  {user.name}
                </Link>
              )}
              <LogoutButton to="/login" />
            </div>
          </div>
          <nav className="header__nav" aria-label={t("shell.nav")}>
            {navCampaign && !funder && <CampaignNav campaign={navCampaign} isAdmin={user?.isAdmin ?? false} />}
            {(funder || user?.isAdmin) && <NavLink to="/portfolio">{t("nav.portfolio")}</NavLink>}
            {user?.isAdmin && <NavLink to="/admin/users">{t("nav.users")}</NavLink>}
            {user?.isAdmin && <NavLink to="/campaigns/new">{t("nav.newCampaign")}</NavLink>}
          </nav>
        </div>
      </header>
      <main className="page" id="main" tabIndex={-1}>
        {noAccess ? <NoCampaignAccess /> : <Outlet />}
      </main>
    </div>
  );
}

/** The phone menu: open or not; closes when the page changes, and on Escape (focus back to its button). */
function useMenu() {
  const id = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page closes the menu; the path is the trigger, not a value read
  useEffect(() => setOpen(false), [pathname]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    setOpen(false);
    buttonRef.current?.focus();
  };
  return { id, open, buttonRef, toggle: () => setOpen((o) => !o), onKeyDown };
}

function CampaignNav({ campaign, isAdmin }: { campaign: CampaignListItem; isAdmin: boolean }) {
  const t = useT();
  return (
    <>
      <NavLink to={`/c/${campaign.id}`} end>
        {t("nav.dashboard")}
      </NavLink>
      <NavLink to={`/c/${campaign.id}/pledges`}>{t("nav.pledges")}</NavLink>
      <NavLink to={`/c/${campaign.id}/sponsors`}>{t("nav.sponsors")}</NavLink>
      {canWrite(campaign.role) && <NavLink to={`/c/${campaign.id}/calls`}>{t("nav.calls")}</NavLink>}
      {canWrite(campaign.role) && <NavLink to={`/c/${campaign.id}/mail`}>{t("nav.mail")}</NavLink>}
      {canWrite(campaign.role) && <NavLink to={`/c/${campaign.id}/payments`}>{t("nav.payments")}</NavLink>}
      {canWrite(campaign.role) && <NavLink to={`/c/${campaign.id}/import`}>{t("nav.import")}</NavLink>}
      <NavLink to={`/c/${campaign.id}/report`}>{t("report.nav")}</NavLink>
      {isAdmin && <NavLink to={`/c/${campaign.id}/settings`}>{t("nav.settings")}</NavLink>}
    </>
  );
}

function CampaignSwitcher({
  campaigns,
  campaignId,
}: {
  campaigns: { id: number; name: string }[];
  campaignId: number;
}) {
  const t = useT();
  const id = useId();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // Stay on the same screen (dashboard, pledges …) of the other campaign; from a screen that
  // belongs to no campaign (account, users) go to the campaign's dashboard.
  const rest = /^\/c\/\d+\//.test(pathname) ? pathname.replace(/^\/c\/\d+/, "") : "";
  // Off a campaign's screens, or on one the user has no role in: no campaign chosen.
  const known = campaigns.some((c) => c.id === campaignId);
  return (
    <div className="header__switcher">
      <label htmlFor={id} className="visually-hidden">
        {t("shell.campaign")}
      </label>
      <select id={id} value={known ? campaignId : ""} onChange={(e) => navigate(`/c/${e.target.value}${rest}`)}>
        {!known && <option value="">{t("shell.campaign")}</option>}
        {campaigns.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}

// The frame of the sponsor portal: the campaign's name, the language and sign-out. No staff
// navigation: a sponsor sees only its own page.
import { Outlet } from "react-router";
import { LanguageSwitcher } from "../components/LanguageSwitcher";
import { useCampaigns } from "../lib/campaigns";
import { useT } from "../lib/i18n";
import { LogoutButton } from "./LogoutButton";

export function SponsorShell() {
  const t = useT();
  // A sponsor's campaign.list holds its own campaign only.
  const campaign = useCampaigns().data?.[0];
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("shell.skipToContent")}
      </a>
      <header className="header">
        <div className="header__inner">
          <span className="header__brand" data-testid="sponsor-campaign-name">
            {campaign?.name ?? t("app.name")}
          </span>
          <div className="header__user">
            <LanguageSwitcher />
            <LogoutButton to="/portal" state={{ signedOut: true }} />
          </div>
        </div>
      </header>
      <main className="page page--narrow" id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

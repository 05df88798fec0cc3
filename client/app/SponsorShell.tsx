// The frame of the sponsor portal: the campaign's name, the language and sign-out. No staff
// navigation: a sponsor sees only its own page.
import { useCampaigns } from "../lib/campaigns";
import { useT } from "../lib/i18n";
import { LogoutButton } from "./LogoutButton";
import { PlainShell } from "./PlainShell";

export function SponsorShell() {
  const t = useT();
  // A sponsor's campaign.list holds its own campaign only.
  const campaign = useCampaigns().data?.[0];
  return (
    <PlainShell
      brand={
        <span className="header__brand" data-testid="sponsor-campaign-name">
          {campaign?.name ?? t("app.name")}
        </span>
      }
      actions={<LogoutButton to="/portal" state={{ signedOut: true }} />}
    />
  );
}

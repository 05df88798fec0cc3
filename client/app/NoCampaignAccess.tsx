// A campaign's address (`/c/:id/…`) for a campaign that does not exist or in which the user
// has no role: one page that says so and leads back to the user's campaigns, instead of each
// of the screen's parts failing on its own (a lost live connection, an error, "not found").
import { Link } from "react-router";
import { EmptyState } from "../components/States";
import { useT } from "../lib/i18n";

export function NoCampaignAccess() {
  const t = useT();
  return (
    <EmptyState
      title={t("noAccess.title")}
      action={
        <Link className="button button--primary" to="/">
          {t("noAccess.back")}
        </Link>
      }
    >
      {t("noAccess.text")}
    </EmptyState>
  );
}

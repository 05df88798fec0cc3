// Says that a sponsor opted out of payment reminders through its link, and since when: staff
// who wonder why no reminder went out see it beside the contact, and know whom not to chase.
import { formatInstant } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import type { SponsorRow } from "../api/sponsors";

export function RemindersOptOut({ sponsor }: { sponsor: Pick<SponsorRow, "remindersOptedOutAt"> }) {
  const t = useT();
  const { locale } = useLocale();
  if (!sponsor.remindersOptedOutAt) return null;
  return (
    <span className="pill pill--muted" data-testid="reminders-opted-out">
      {t("sponsors.remindersOptedOut", { since: formatInstant(sponsor.remindersOptedOutAt, locale) })}
    </span>
  );
}

// A new portal link for the sponsor: shown once, with a copy button and its expiry. A new
// link replaces every earlier one.
import { CopyField } from "../../../components/CopyField";
import { Dialog } from "../../../components/Dialog";
import { formatInstant } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import type { AccessLink, SponsorRow } from "../api/sponsors";

export function AccessLinkDialog({
  sponsor,
  link,
  onClose,
}: {
  sponsor: SponsorRow;
  link: AccessLink;
  onClose: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Dialog title={t("sponsors.link.title", { sponsor: sponsor.name })} onClose={onClose}>
      <div className="form">
        <p>{t("sponsors.link.text")}</p>
        <CopyField label={t("sponsors.link.url")} value={link.url} testId="access-link-url" />
        <p className="small" data-testid="access-link-expiry">
          {t("sponsors.link.expires", { date: formatInstant(link.expiresAt, locale) })}
        </p>
        <p className="muted small">{t("sponsors.link.replaces")}</p>
        <div className="form__actions">
          <button type="button" className="button button--primary" onClick={onClose}>
            {t("common.close")}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

// A token just created: its secret is in this answer only, so the dialog says so plainly.
import { CopyField } from "../../../components/CopyField";
import { Dialog } from "../../../components/Dialog";
import { useT } from "../../../lib/i18n";
import type { CreatedToken } from "../api/account";

export function NewTokenDialog({ token, onClose }: { token: CreatedToken; onClose: () => void }) {
  const t = useT();
  return (
    <Dialog title={t("tokens.created.title", { name: token.name })} onClose={onClose}>
      <div className="form">
        <p className="alert alert--warning" role="note">
          {t("tokens.created.warning")}
        </p>
        <CopyField label={t("tokens.created.token")} value={token.token} testId="new-token" />
        <p className="muted small">{t("tokens.created.usage")}</p>
        <div className="form__actions">
          <button type="button" className="button button--primary" onClick={onClose}>
            {t("tokens.created.done")}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

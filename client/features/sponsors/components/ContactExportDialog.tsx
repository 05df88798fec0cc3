// The contact person's data as stored (GDPR access request): shown as JSON and downloadable.
import { Dialog } from "../../../components/Dialog";
import { useT } from "../../../lib/i18n";
import type { ContactExport } from "../api/sponsors";

export function ContactExportDialog({ data, onClose }: { data: ContactExport; onClose: () => void }) {
  const t = useT();
  const json = JSON.stringify(data, null, 2);
  const download = () => {
    const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = t("sponsors.contact.filename", { id: data.sponsorId });
    a.click();
    // Revoked a moment later: the download takes the blob only after the click has run.
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <Dialog title={t("sponsors.contact.export.title", { sponsor: data.sponsorName })} onClose={onClose}>
      <div className="form">
        <p className="muted small">{t("sponsors.contact.export.text")}</p>
        <pre
          className="code-block"
          data-testid="contact-export"
          role="region"
          tabIndex={0}
          aria-label={t("sponsors.contact.export.data")}
        >
          {json}
        </pre>
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t("common.close")}
          </button>
          <button type="button" className="button button--primary" onClick={download}>
            {t("sponsors.contact.download")}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

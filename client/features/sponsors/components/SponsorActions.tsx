// A sponsor row's actions. Editing opens the edit form; creating a link and exporting contact data answer at once and
// open a dialog with the result; revoking and erasing ask first.
import { useT } from "../../../lib/i18n";
import { useCreateAccessLink, useExportContact, type SponsorRow } from "../api/sponsors";
import { problemOf } from "../problem";
import type { SponsorDialog } from "./SponsorDialogs";

interface SponsorActionsProps {
  sponsor: SponsorRow;
  onEdit: () => void;
  onOpen: (dialog: SponsorDialog) => void;
  onProblem: (message: string | null) => void;
}

export function SponsorActions({ sponsor, onEdit, onOpen, onProblem }: SponsorActionsProps) {
  const t = useT();
  const createLink = useCreateAccessLink();
  const exportContact = useExportContact();
  const onError = (error: unknown) => onProblem(problemOf(error, t));
  const hasContact = Boolean(sponsor.contactName || sponsor.contactEmail);

  const link = () => {
    onProblem(null);
    createLink.mutate(
      { sponsorId: sponsor.id },
      { onSuccess: (created) => onOpen({ kind: "link", sponsor, link: created }), onError },
    );
  };
  const exportData = () => {
    onProblem(null);
    exportContact.mutate(
      { sponsorId: sponsor.id },
      { onSuccess: (data) => onOpen({ kind: "export", sponsor, data }), onError },
    );
  };

  return (
    <div className="row-actions">
      <button
        type="button"
        className="button button--small button--secondary"
        onClick={onEdit}
        aria-label={t("sponsors.edit.for", { sponsor: sponsor.name })}
      >
        {t("sponsors.edit")}
      </button>
      <button
        type="button"
        className="button button--small button--primary"
        disabled={createLink.isPending}
        onClick={link}
      >
        {createLink.isPending ? t("sponsors.link.creating") : t("sponsors.link.create")}
      </button>
      <button type="button" className="button button--small" onClick={() => onOpen({ kind: "revoke", sponsor })}>
        {t("sponsors.link.revoke")}
      </button>
      <button type="button" className="button button--small" disabled={exportContact.isPending} onClick={exportData}>
        {t("sponsors.contact.export")}
      </button>
      <button
        type="button"
        className="button button--small button--danger-ghost"
        disabled={!hasContact}
        title={hasContact ? undefined : t("sponsors.noContact")}
        onClick={() => onOpen({ kind: "erase", sponsor })}
      >
        {t("sponsors.contact.erase")}
      </button>
    </div>
  );
}

// The dialog a sponsor row opened: the new link, the export, or a question before revoking
// links or erasing contact data.
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { useToast } from "../../../components/Toast";
import { pluralOf, useT } from "../../../lib/i18n";
import {
  useEraseContact,
  useRevokeAccessLinks,
  type AccessLink,
  type ContactExport,
  type SponsorRow,
} from "../api/sponsors";
import { problemOf } from "../problem";
import { AccessLinkDialog } from "./AccessLinkDialog";
import { ContactExportDialog } from "./ContactExportDialog";

export type SponsorDialog =
  | { kind: "link"; sponsor: SponsorRow; link: AccessLink }
  | { kind: "export"; sponsor: SponsorRow; data: ContactExport }
  | { kind: "revoke" | "erase"; sponsor: SponsorRow }
  | null;

interface SponsorDialogsProps {
  dialog: SponsorDialog;
  onClose: () => void;
  onProblem: (message: string | null) => void;
}

export function SponsorDialogs({ dialog, onClose, onProblem }: SponsorDialogsProps) {
  if (!dialog) return null;
  switch (dialog.kind) {
    case "link":
      return <AccessLinkDialog sponsor={dialog.sponsor} link={dialog.link} onClose={onClose} />;
    case "export":
      return <ContactExportDialog data={dialog.data} onClose={onClose} />;
    case "revoke":
      return <RevokeDialog sponsor={dialog.sponsor} onClose={onClose} onProblem={onProblem} />;
    case "erase":
      return <EraseDialog sponsor={dialog.sponsor} onClose={onClose} onProblem={onProblem} />;
  }
}

type ConfirmProps = { sponsor: SponsorRow; onClose: () => void; onProblem: (message: string | null) => void };

function RevokeDialog({ sponsor, onClose, onProblem }: ConfirmProps) {
  const t = useT();
  const toast = useToast();
  const revoke = useRevokeAccessLinks();
  const confirm = () =>
    revoke.mutate(
      { sponsorId: sponsor.id },
      {
        onSuccess: ({ revoked }) =>
          toast(
            revoked === 0
              ? t("sponsors.link.revoked.none", { sponsor: sponsor.name })
              : t(`sponsors.link.revoked.${pluralOf(revoked)}`, { count: revoked, sponsor: sponsor.name }),
          ),
        onError: (error) => onProblem(problemOf(error, t)),
        onSettled: onClose,
      },
    );
  return (
    <ConfirmDialog
      title={t("sponsors.link.revoke.title", { sponsor: sponsor.name })}
      confirmLabel={t("sponsors.link.revoke")}
      danger
      pending={revoke.isPending}
      onConfirm={confirm}
      onClose={onClose}
    >
      <p>{t("sponsors.link.revoke.text")}</p>
    </ConfirmDialog>
  );
}

function EraseDialog({ sponsor, onClose, onProblem }: ConfirmProps) {
  const t = useT();
  const toast = useToast();
  const erase = useEraseContact();
  const confirm = () =>
    erase.mutate(
      { sponsorId: sponsor.id },
      {
        onSuccess: () => toast(t("sponsors.contact.erased", { sponsor: sponsor.name })),
        onError: (error) => onProblem(problemOf(error, t)),
        onSettled: onClose,
      },
    );
  return (
    <ConfirmDialog
      title={t("sponsors.contact.erase.title", { sponsor: sponsor.name })}
      confirmLabel={t("sponsors.contact.erase")}
      danger
      pending={erase.isPending}
      onConfirm={confirm}
      onClose={onClose}
    >
      <p>
        {t("sponsors.contact.erase.text", {
          name: sponsor.contactName ?? t("common.none"),
          email: sponsor.contactEmail ?? t("common.none"),
        })}
      </p>
    </ConfirmDialog>
  );
}

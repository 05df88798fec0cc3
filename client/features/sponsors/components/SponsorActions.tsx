// A sponsor row's actions, in one menu. Editing opens the edit form; creating a link and
// exporting contact data answer at once and open a dialog with the result; revoking and
// erasing ask first.
import { ActionMenu } from "../../../components/ActionMenu";
import { useT } from "../../../lib/i18n";
import { useToast } from "../../../components/Toast";
import { useCreateAccessLink, useExportContact, useSendAccessLink, type SponsorRow } from "../api/sponsors";
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
  const sendLink = useSendAccessLink();
  const toast = useToast();
  const onError = (error: unknown) => onProblem(problemOf(error, t));
  const hasContact = Boolean(sponsor.contactName || sponsor.contactEmail);

  const link = () => {
    onProblem(null);
    createLink.mutate(
      { sponsorId: sponsor.id },
      { onSuccess: (created) => onOpen({ kind: "link", sponsor, link: created }), onError },
    );
  };
  const mailLink = () => {
    onProblem(null);
    sendLink.mutate(
      { sponsorId: sponsor.id },
      { onSuccess: () => toast(t("sponsors.link.mail.queued", { email: sponsor.contactEmail ?? "" })), onError },
    );
  };
  const exportData = () => {
    onProblem(null);
    exportContact.mutate(
      { sponsorId: sponsor.id },
      { onSuccess: (data) => onOpen({ kind: "export", sponsor, data }), onError },
    );
  };

  // Five buttons per row made 25 sponsors some 6,000 px tall: one menu keeps a row one line high.
  return (
    <ActionMenu
      label={t("sponsors.actions")}
      accessibleLabel={t("sponsors.actions.for", { sponsor: sponsor.name })}
      busy={createLink.isPending || exportContact.isPending || sendLink.isPending}
      actions={[
        { label: t("sponsors.edit"), onSelect: onEdit },
        { label: t("sponsors.link.create"), onSelect: link, disabled: createLink.isPending },
        {
          label: t("sponsors.link.mail"),
          onSelect: mailLink,
          disabled: !sponsor.contactEmail || sendLink.isPending,
          title: sponsor.contactEmail ? undefined : t("sponsors.link.mail.noEmail"),
        },
        { label: t("sponsors.link.revoke"), onSelect: () => onOpen({ kind: "revoke", sponsor }) },
        { label: t("sponsors.contact.export"), onSelect: exportData, disabled: exportContact.isPending },
        {
          label: t("sponsors.contact.erase"),
          onSelect: () => onOpen({ kind: "erase", sponsor }),
          disabled: !hasContact,
          title: hasContact ? undefined : t("sponsors.noContact"),
          danger: true,
        },
      ]}
    />
  );
}

// Asks before keeping a date more than 90 days after the campaign's deadline (domain/dateRules
// isUnusualPledgeDate): most likely a typing error, so the server keeps one only when the
// request says acceptUnusualDate. Used by the new-pledge form, the pledge's edit form and the
// status dialogs.
import { formatDate } from "../lib/format";
import { useLocale, useT } from "../lib/i18n";
import { ConfirmDialog } from "./ConfirmDialog";

interface UnusualDateDialogProps {
  /** The date in question (ISO). */
  date: string;
  deadline: string;
  onConfirm: () => void;
  onClose: () => void;
}

export function UnusualDateDialog({ date, deadline, onConfirm, onClose }: UnusualDateDialogProps) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <ConfirmDialog
      title={t("form.date.unusualTitle")}
      confirmLabel={t("form.date.unusualConfirm")}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      {t("form.date.unusualText", { date: formatDate(date, locale), deadline: formatDate(deadline, locale) })}
    </ConfirmDialog>
  );
}

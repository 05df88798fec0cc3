// Admin: make a user an admin, or take the rights back (never from the last admin).
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { useToast } from "../../../components/Toast";
import { useT } from "../../../lib/i18n";
import { errorCodeOf } from "../../../lib/trpc";
import { useSetAdmin, type UserRow } from "../api/users";

export function AdminDialog({
  user,
  onClose,
  onProblem,
}: {
  user: UserRow;
  onClose: () => void;
  onProblem: (message: string) => void;
}) {
  const t = useT();
  const toast = useToast();
  const setAdmin = useSetAdmin();
  const grant = !user.isAdmin;
  const confirm = () =>
    setAdmin.mutate(
      { userId: user.id, isAdmin: grant },
      {
        onSuccess: () => toast(t("users.admin.done", { name: user.name })),
        onError: (error) =>
          onProblem(errorCodeOf(error) === "CONFLICT" ? t("users.admin.last") : t("common.error.network")),
        onSettled: onClose,
      },
    );
  return (
    <ConfirmDialog
      title={t(grant ? "users.admin.grant.title" : "users.admin.revoke.title", { name: user.name })}
      confirmLabel={t(grant ? "users.admin.grant" : "users.admin.revoke")}
      danger={!grant}
      pending={setAdmin.isPending}
      onConfirm={confirm}
      onClose={onClose}
    >
      <p>{t(grant ? "users.admin.grant.text" : "users.admin.revoke.text", { name: user.name, email: user.email })}</p>
    </ConfirmDialog>
  );
}

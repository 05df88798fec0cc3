// Admin: every user with the role per campaign and whether it is disabled; invite users,
// change roles, disable or enable them, reset a password.
import { useState } from "react";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { EmptyState, ErrorState, Loading } from "../../../components/States";
import { useToast } from "../../../components/Toast";
import { useCampaigns } from "../../../lib/campaigns";
import { useT } from "../../../lib/i18n";
import { useStaffUser } from "../../../lib/me";
import { errorCodeOf } from "../../../lib/trpc";
import { useSetDisabled, useUsers, type UserRow } from "../api/users";
import { AdminDialog } from "./AdminDialog";
import { InviteUserDialog } from "./InviteUserDialog";
import { ResetPasswordDialog } from "./ResetPasswordDialog";
import { UserTable } from "./UserTable";
import { usePageTitle } from "../../../lib/usePageTitle";

export type UserDialog = { kind: "invite" } | { kind: "reset" | "disable" | "admin"; user: UserRow } | null;

export function UsersPage() {
  const t = useT();
  usePageTitle(t("users.title"));
  const users = useUsers();
  const campaigns = useCampaigns();
  const me = useStaffUser();
  const [dialog, setDialog] = useState<UserDialog>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const retry = () => {
    users.refetch();
    campaigns.refetch();
  };

  return (
    <>
      <div className="page__header">
        <div>
          <h1>{t("users.title")}</h1>
          <p className="page__meta">{t("users.intro")}</p>
        </div>
        <button type="button" className="button button--primary" onClick={() => setDialog({ kind: "invite" })}>
          {t("users.invite")}
        </button>
      </div>
      <ProblemAlert message={problem} onClose={() => setProblem(null)} />
      {users.isPending || campaigns.isPending ? (
        <Loading />
      ) : users.isError || campaigns.isError ? (
        <ErrorState error={users.error ?? campaigns.error} message={t("users.error")} onRetry={retry} />
      ) : users.data.length === 0 ? (
        <EmptyState title={t("users.empty")} />
      ) : (
        <UserTable
          users={users.data}
          campaigns={campaigns.data}
          selfId={me?.id}
          onOpen={setDialog}
          onProblem={setProblem}
        />
      )}
      {dialog?.kind === "invite" && campaigns.data && (
        <InviteUserDialog campaigns={campaigns.data} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === "reset" && <ResetPasswordDialog user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === "disable" && (
        <DisableDialog user={dialog.user} onClose={() => setDialog(null)} onProblem={setProblem} />
      )}
      {dialog?.kind === "admin" && (
        <AdminDialog user={dialog.user} onClose={() => setDialog(null)} onProblem={setProblem} />
      )}
    </>
  );
}

function DisableDialog({
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
  const setDisabled = useSetDisabled();
  const disable = !user.disabled;
  const confirm = () =>
    setDisabled.mutate(
      { userId: user.id, disabled: disable },
      {
        onSuccess: () => toast(t(disable ? "users.disabled.done" : "users.enabled.done", { name: user.name })),
        onError: (error) => {
          const code = errorCodeOf(error);
          onProblem(
            code === "CONFLICT"
              ? t("users.disable.self")
              : code === "FORBIDDEN"
                ? t("common.error.forbidden")
                : t("common.error.network"),
          );
        },
        onSettled: onClose,
      },
    );
  return (
    <ConfirmDialog
      title={t(disable ? "users.disable.title" : "users.enable.title", { name: user.name })}
      confirmLabel={t(disable ? "users.disable" : "users.enable")}
      danger={disable}
      pending={setDisabled.isPending}
      onConfirm={confirm}
      onClose={onClose}
    >
      <p>{t(disable ? "users.disable.text" : "users.enable.text", { name: user.name, email: user.email })}</p>
    </ConfirmDialog>
  );
}

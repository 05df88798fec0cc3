// The signed-in user's account: who it is, a new password, personal API tokens for scripts (not for a funder).
import { isFunder, useStaffUser } from "../../../lib/me";
import { useT } from "../../../lib/i18n";
import { ApiTokens } from "./ApiTokens";
import { ChangePasswordForm } from "./ChangePasswordForm";
import { usePageTitle } from "../../../lib/usePageTitle";

export function AccountPage() {
  const t = useT();
  usePageTitle(t("account.title"));
  const user = useStaffUser();
  return (
    <>
      <div className="page__header">
        <div>
          <h1>{t("account.title")}</h1>
          {user && (
            <p className="page__meta">
              <span>{user.name}</span>
              <span>{user.email}</span>
              {user.isAdmin && <span className="pill">{t("role.admin")}</span>}
            </p>
          )}
        </div>
      </div>
      <div className="account">
        <ChangePasswordForm />
        {/* A funder may not make API tokens (server/access.ts FUNDER_PROCEDURES). */}
        {!isFunder(user) && <ApiTokens />}
      </div>
    </>
  );
}

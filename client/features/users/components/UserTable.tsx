// The users table: who, the role in each campaign (admins take part in all), whether the
// account is disabled, and the admin's actions on it.
import type { CampaignListItem } from "../../../lib/campaigns";
import { formatInstant } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import type { UserRow } from "../api/users";
import { RoleSelect } from "./RoleSelect";
import type { UserDialog } from "./UsersPage";

interface UserTableProps {
  users: UserRow[];
  campaigns: CampaignListItem[];
  selfId: number | undefined;
  onOpen: (dialog: UserDialog) => void;
  onProblem: (message: string | null) => void;
}

export function UserTable({ users, campaigns, selfId, onOpen, onProblem }: UserTableProps) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="user-table">
        <caption className="visually-hidden">{t("users.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("users.col.user")}</th>
            <th scope="col">{t("users.col.roles")}</th>
            <th scope="col">{t("users.col.state")}</th>
            <th scope="col">{t("pledges.col.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-user-id={u.id} className={u.disabled ? "row--disabled" : undefined}>
              <th scope="row" className="cell-main">
                <span>{u.name}</span>
                <span className="cell-sub">{u.email}</span>
                {u.id === selfId && <span className="cell-sub">{t("users.you")}</span>}
              </th>
              <td>
                {u.isAdmin ? (
                  <span className="pill">{t("users.adminAll")}</span>
                ) : campaigns.length === 0 ? (
                  <span className="muted small">{t("users.noCampaigns")}</span>
                ) : (
                  <div className="role-selects">
                    {campaigns.map((c) => (
                      <RoleSelect key={c.id} user={u} campaign={c} onProblem={onProblem} />
                    ))}
                  </div>
                )}
              </td>
              <td>
                <span className={`pill ${u.disabled ? "pill--danger" : "pill--ok"}`}>
                  {u.disabled ? t("users.state.disabled") : t("users.state.active")}
                </span>
                <span className="cell-sub nowrap">
                  {t("users.createdAt", { date: formatInstant(u.createdAt, locale) })}
                </span>
              </td>
              <td>
                <div className="row-actions">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => onOpen({ kind: "reset", user: u })}
                  >
                    {t("users.reset")}
                  </button>
                  {u.id !== selfId && (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => onOpen({ kind: "admin", user: u })}
                    >
                      {u.isAdmin ? t("users.admin.revoke") : t("users.admin.grant")}
                    </button>
                  )}
                  {u.id !== selfId && (
                    <button
                      type="button"
                      className={`button button--small ${u.disabled ? "" : "button--danger-ghost"}`}
                      onClick={() => onOpen({ kind: "disable", user: u })}
                    >
                      {u.disabled ? t("users.enable") : t("users.disable")}
                    </button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

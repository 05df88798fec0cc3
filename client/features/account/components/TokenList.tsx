// The user's tokens (no secrets): name, scope, created, last used, expiry; active, expired or revoked.
import { EmptyState, ErrorState, Loading } from "../../../components/States";
import { formatInstant } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { useApiTokens, type ApiToken } from "../api/account";

export function TokenList({ onRevoke }: { onRevoke: (token: ApiToken) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const tokens = useApiTokens();
  if (tokens.isPending) return <Loading />;
  if (tokens.isError)
    return <ErrorState error={tokens.error} message={t("tokens.error")} onRetry={() => tokens.refetch()} />;
  if (tokens.data.length === 0) return <EmptyState title={t("tokens.empty")} />;
  return (
    <div className="table-wrap">
      <table className="table" data-testid="token-table">
        <caption className="visually-hidden">{t("tokens.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("tokens.name")}</th>
            <th scope="col">{t("tokens.scope")}</th>
            <th scope="col">{t("tokens.col.created")}</th>
            <th scope="col">{t("tokens.col.lastUsed")}</th>
            <th scope="col">{t("tokens.col.expires")}</th>
            <th scope="col">{t("users.col.state")}</th>
            <th scope="col">{t("pledges.col.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.data.map((token) => {
            const live = !token.revoked && !token.expired;
            const state = token.revoked ? "revoked" : token.expired ? "expired" : "active";
            return (
              <tr key={token.id} className={live ? undefined : "row--disabled"}>
                <th scope="row" className="cell-main">
                  {token.name}
                </th>
                <td>{t(`tokens.scope.${token.scope}`)}</td>
                <td className="nowrap">{formatInstant(token.createdAt, locale)}</td>
                <td className="nowrap">
                  {token.lastUsedAt ? formatInstant(token.lastUsedAt, locale) : t("tokens.neverUsed")}
                </td>
                <td className="nowrap">{formatInstant(token.expiresAt, locale)}</td>
                <td>
                  <span className={`pill ${live ? "pill--ok" : "pill--muted"}`}>{t(`tokens.state.${state}`)}</span>
                </td>
                <td>
                  {!token.revoked && (
                    <button
                      type="button"
                      className="button button--small button--danger-ghost"
                      onClick={() => onRevoke(token)}
                    >
                      {t("tokens.revoke")}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

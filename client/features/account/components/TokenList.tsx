// The user's tokens (no secrets): name, created, last used, live or revoked.
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
            <th scope="col">{t("tokens.col.created")}</th>
            <th scope="col">{t("tokens.col.lastUsed")}</th>
            <th scope="col">{t("users.col.state")}</th>
            <th scope="col">{t("pledges.col.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.data.map((token) => (
            <tr key={token.id} className={token.revoked ? "row--disabled" : undefined}>
              <th scope="row" className="cell-main">
                {token.name}
              </th>
              <td className="nowrap">{formatInstant(token.createdAt, locale)}</td>
              <td className="nowrap">
                {token.lastUsedAt ? formatInstant(token.lastUsedAt, locale) : t("tokens.neverUsed")}
              </td>
              <td>
                <span className={`pill ${token.revoked ? "pill--muted" : "pill--ok"}`}>
                  {token.revoked ? t("tokens.state.revoked") : t("tokens.state.active")}
                </span>
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
          ))}
        </tbody>
      </table>
    </div>
  );
}

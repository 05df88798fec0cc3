// Personal API tokens for scripts (imports, a bank export): create one with a scope (read, or
// read and write) and a lifetime (its secret is shown once), see when each was last used and
// when it expires, revoke it.
import { useId, useState, type FormEvent } from "react";
import { API_TOKEN_DAYS, type ApiTokenScope } from "../../../../server/domain/codes";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { Field } from "../../../components/Field";
import { useToast } from "../../../components/Toast";
import { useT } from "../../../lib/i18n";
import { fieldErrorsOf } from "../../../lib/trpc";
import { useCreateApiToken, useRevokeApiToken, type ApiToken, type CreatedToken } from "../api/account";
import { NewTokenDialog } from "./NewTokenDialog";
import { TokenList } from "./TokenList";

export function ApiTokens() {
  const t = useT();
  const titleId = useId();
  const toast = useToast();
  const create = useCreateApiToken();
  const [name, setName] = useState("");
  const [scope, setScope] = useState<ApiTokenScope>("read");
  const [days, setDays] = useState(String(API_TOKEN_DAYS.default));
  const [error, setError] = useState("");
  const [daysError, setDaysError] = useState("");
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  const daysInRange = t("tokens.expiresInDays.range", { max: API_TOKEN_DAYS.max });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const expiresInDays = Number(days);
    const nameError = name.trim() ? "" : t("tokens.nameMissing");
    const daysOk = Number.isInteger(expiresInDays) && expiresInDays >= 1 && expiresInDays <= API_TOKEN_DAYS.max;
    setError(nameError);
    setDaysError(daysOk ? "" : daysInRange);
    if (nameError || !daysOk) return;
    create.mutate(
      { name: name.trim(), scope, expiresInDays },
      {
        onSuccess: (token) => {
          setCreated(token);
          setName("");
        },
        onError: (failure) => {
          const fields = fieldErrorsOf(failure);
          if (fields.expiresInDays) return setDaysError(daysInRange);
          setError(t("tokens.createError"));
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t("tokens.title")}
      </h2>
      <p className="muted small">{t("tokens.intro")}</p>
      <form className="token-form" onSubmit={submit} noValidate>
        <Field label={t("tokens.name")} hint={t("tokens.name.hint")} error={error}>
          {(control) => (
            <input
              {...control}
              autoComplete="off"
              maxLength={100}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Field label={t("tokens.scope")} hint={t(`tokens.scope.${scope}.hint`)}>
          {(control) => (
            <select {...control} value={scope} onChange={(e) => setScope(e.target.value as ApiTokenScope)}>
              <option value="read">{t("tokens.scope.read")}</option>
              <option value="write">{t("tokens.scope.write")}</option>
            </select>
          )}
        </Field>
        <Field label={t("tokens.expiresInDays")} hint={daysInRange} error={daysError}>
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={API_TOKEN_DAYS.max}
              step={1}
              value={days}
              onChange={(e) => setDays(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t("form.submitting") : t("tokens.create")}
        </button>
      </form>
      <TokenList onRevoke={setRevoking} />
      {created && <NewTokenDialog token={created} onClose={() => setCreated(null)} />}
      {revoking && (
        <RevokeDialog
          token={revoking}
          onDone={(message) => {
            toast(message);
            setRevoking(null);
          }}
          onClose={() => setRevoking(null)}
        />
      )}
    </section>
  );
}

function RevokeDialog({
  token,
  onDone,
  onClose,
}: {
  token: ApiToken;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const t = useT();
  const revoke = useRevokeApiToken();
  const [error, setError] = useState("");
  const confirm = () =>
    revoke.mutate(
      { tokenId: token.id },
      {
        onSuccess: () => onDone(t("tokens.revoked", { name: token.name })),
        onError: () => setError(t("tokens.revokeError")),
      },
    );
  return (
    <ConfirmDialog
      title={t("tokens.revoke.title", { name: token.name })}
      confirmLabel={t("tokens.revoke")}
      danger
      pending={revoke.isPending}
      onConfirm={confirm}
      onClose={onClose}
    >
      <p>{t("tokens.revoke.text")}</p>
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
    </ConfirmDialog>
  );
}

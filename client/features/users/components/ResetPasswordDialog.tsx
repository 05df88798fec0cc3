// Admin: a new password for a user (its sessions end at once).
import { useState, type FormEvent } from "react";
import { Dialog } from "../../../components/Dialog";
import { Field } from "../../../components/Field";
import { useToast } from "../../../components/Toast";
import { useT } from "../../../lib/i18n";
import { MIN_PASSWORD_LENGTH } from "../../../lib/password";
import { errorCodeOf } from "../../../lib/trpc";
import { useResetPassword, type UserRow } from "../api/users";

export function ResetPasswordDialog({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const reset = useResetPassword();
  const [password, setPassword] = useState("");
  const [error, setError] = useState("");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password.length < MIN_PASSWORD_LENGTH) return setError(t("field.password", { min: MIN_PASSWORD_LENGTH }));
    setError("");
    reset.mutate(
      { userId: user.id, password },
      {
        onSuccess: () => {
          toast(t("users.reset.done", { name: user.name }));
          onClose();
        },
        onError: (err) =>
          setError(
            errorCodeOf(err) === "BAD_REQUEST"
              ? t("field.password", { min: MIN_PASSWORD_LENGTH })
              : t("common.error.network"),
          ),
      },
    );
  };

  return (
    <Dialog title={t("users.reset.title", { name: user.name })} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="muted">{t("users.reset.text", { email: user.email })}</p>
        <Field
          label={t("users.reset.password")}
          hint={t("users.field.password.hint", { min: MIN_PASSWORD_LENGTH })}
          error={error}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="new-password"
              spellCheck={false}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              data-autofocus
            />
          )}
        </Field>
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="button button--primary" disabled={reset.isPending}>
            {t("users.reset.submit")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

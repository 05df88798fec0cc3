// A new password, given the current one. The server ends the user's other sessions and
// keeps this one.
import { useId, useState, type FormEvent } from "react";
import { Field } from "../../../components/Field";
import { useToast } from "../../../components/Toast";
import { useT } from "../../../lib/i18n";
import { MIN_PASSWORD_LENGTH } from "../../../lib/password";
import { errorCodeOf, fieldErrorsOf } from "../../../lib/trpc";
import { useChangePassword } from "../api/account";

type Errors = Partial<Record<"current" | "next" | "repeat" | "form", string>>;

export function ChangePasswordForm() {
  const t = useT();
  const titleId = useId();
  const toast = useToast();
  const change = useChangePassword();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const tooShort = t("field.password", { min: MIN_PASSWORD_LENGTH });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    if (!current) found.current = t("account.password.currentMissing");
    if (next.length < MIN_PASSWORD_LENGTH) found.next = tooShort;
    else if (next !== repeat) found.repeat = t("account.password.mismatch");
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          toast(t("account.password.changed"));
          setCurrent("");
          setNext("");
          setRepeat("");
        },
        onError: (error) => {
          const code = errorCodeOf(error);
          if (code === "TOO_MANY_REQUESTS") return setErrors({ form: t("account.password.throttled") });
          if (code !== "BAD_REQUEST") return setErrors({ form: t("common.error.network") });
          const fields = fieldErrorsOf(error);
          setErrors({
            current: fields.currentPassword && t("account.password.currentWrong"),
            next: fields.newPassword && tooShort,
          });
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t("account.password.title")}
      </h2>
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t("account.password.current")} error={errors.current}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t("account.password.new")}
          hint={t("users.field.password.hint", { min: MIN_PASSWORD_LENGTH })}
          error={errors.next}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              value={next}
              onChange={(e) => setNext(e.target.value)}
            />
          )}
        </Field>
        <Field label={t("account.password.repeat")} error={errors.repeat}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
            />
          )}
        </Field>
        <p className="form__error" role="alert">
          {errors.form}
        </p>
        <div className="form__actions form__actions--start">
          <button type="submit" className="button button--primary" disabled={change.isPending}>
            {change.isPending ? t("form.submitting") : t("account.password.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}

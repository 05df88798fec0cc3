// Sign-in with email and password; a wrong password gets a German message, not a code.
import { useState, type FormEvent } from "react";
import { Navigate, useLocation, useNavigate } from "react-router";
import { Field } from "../../../components/Field";
import { LanguageSwitcher } from "../../../components/LanguageSwitcher";
import { useT, type Translate } from "../../../lib/i18n";
import { errorCodeOf } from "../../../lib/trpc";
import { useMe } from "../../../lib/me";
import { useLogin } from "../api/session";
import { usePageTitle } from "../../../lib/usePageTitle";

function loginError(error: unknown, t: Translate): string {
  switch (errorCodeOf(error)) {
    case "UNAUTHORIZED":
      return t("login.error.wrong");
    case "TOO_MANY_REQUESTS":
      return t("login.error.throttled");
    case "BAD_REQUEST":
      return t("login.error.invalidEmail");
    default:
      return t("common.error.network");
  }
}

export function LoginPage() {
  const t = useT();
  usePageTitle(t("login.title"));
  const navigate = useNavigate();
  const location = useLocation();
  const me = useMe();
  const login = useLogin();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? "/";

  if (me.data) return <Navigate to={from} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) return setMissing(true);
    setMissing(false);
    login.mutate({ email, password }, { onSuccess: () => navigate(from, { replace: true }) });
  };
  const error = missing ? t("login.error.missing") : login.error ? loginError(login.error, t) : "";

  return (
    <main className="login" id="main">
      <div className="login__card">
        <div className="login__top">
          <p className="login__brand">{t("app.name")}</p>
          <LanguageSwitcher />
        </div>
        <h1>{t("login.title")}</h1>
        <p className="muted">{t("login.intro")}</p>
        <form onSubmit={submit} noValidate className="form">
          <Field label={t("login.email")}>
            {(control) => (
              <input
                {...control}
                type="email"
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            )}
          </Field>
          <Field label={t("login.password")}>
            {(control) => (
              <input
                {...control}
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
          <p className="form__error" role="alert">
            {error}
          </p>
          <button type="submit" className="button button--primary button--block" disabled={login.isPending}>
            {login.isPending ? t("login.submitting") : t("login.submit")}
          </button>
        </form>
      </div>
    </main>
  );
}

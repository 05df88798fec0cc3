// The frame of the public campaign page: no session needed, no navigation, just the
// app's name and the language.
import { Outlet } from "react-router";
import { LanguageSwitcher } from "../components/LanguageSwitcher";
import { useT } from "../lib/i18n";

export function PublicShell() {
  const t = useT();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("shell.skipToContent")}
      </a>
      <header className="header">
        <div className="header__inner">
          <span className="header__brand">{t("app.name")}</span>
          <div className="header__user">
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      <main className="page page--narrow" id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

// A frame without staff navigation: a brand on the left, the language (and whatever else the
// caller adds) on the right, the page below. The public page and the sponsor portal use it.
import type { ReactNode } from "react";
import { Outlet } from "react-router";
import { LanguageSwitcher } from "../components/LanguageSwitcher";
import { useT } from "../lib/i18n";

export function PlainShell({ brand, actions }: { brand: ReactNode; actions?: ReactNode }) {
  const t = useT();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("shell.skipToContent")}
      </a>
      <header className="header">
        <div className="header__inner">
          {brand}
          <div className="header__user">
            <LanguageSwitcher />
            {actions}
          </div>
        </div>
      </header>
      <main className="page page--narrow" id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

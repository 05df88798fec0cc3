// The frame of the public campaign page: no session needed, no navigation, just the
// app's name and the language.
import { useT } from "../lib/i18n";
import { PlainShell } from "./PlainShell";

export function PublicShell() {
  const t = useT();
  return <PlainShell brand={<span className="header__brand">{t("app.name")}</span>} />;
}

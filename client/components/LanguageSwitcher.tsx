// The language choice (German default, English), shared by every header.
import { useId } from "react";
import { LOCALES, useLocale, useT, type Locale } from "../lib/i18n";

export function LanguageSwitcher() {
  const t = useT();
  const id = useId();
  const { locale, setLocale } = useLocale();
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {t("shell.language")}
      </label>
      <select id={id} className="select--compact" value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </>
  );
}

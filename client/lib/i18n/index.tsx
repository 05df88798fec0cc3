// A small translation layer: `useT()` gives `t(key, params)` for the current language.
// German is the default; the choice is kept in localStorage.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { de, type Catalogue, type MessageKey } from "./de";
import { en } from "./en";

export type Locale = "de" | "en";
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const LOCALES: readonly Locale[] = ["de", "en"];
const CATALOGUES: Record<Locale, Catalogue> = { de, en };
const STORAGE_KEY = "locale";

/** Replaces each {name} with its parameter; an unknown name stays visible so it gets noticed. */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const text = CATALOGUES[locale][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** German and English know only "one" and "other". */
export function pluralOf(count: number): "one" | "other" {
  return count === 1 ? "one" : "other";
}

interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18nValue>({ locale: "de", setLocale: () => {} });

function storedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "de";
  } catch {
    return "de";
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate(locale, "app.name");
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useLocale(): I18nValue {
  return useContext(I18nContext);
}

export function useT(): Translate {
  const { locale } = useContext(I18nContext);
  return useCallback<Translate>((key, params) => translate(locale, key, params), [locale]);
}

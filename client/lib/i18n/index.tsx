// A small translation layer: `useT()` gives `t(key, params)` for the current language.
// German is the default; the choice is kept in localStorage.
// Only the German catalogue is in the first screen's bundle: another language's catalogue is
// fetched when first needed (`loadCatalogue`), and the UI switches to it only once it has
// arrived, so no screen ever shows keys or a mix of languages while it loads.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { de, type Catalogue, type MessageKey } from "./de";

export type Locale = "de" | "en";
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const LOCALES: readonly Locale[] = ["de", "en"];
const STORAGE_KEY = "locale";

const catalogues: Partial<Record<Locale, Catalogue>> = { de };
const LOADERS: Record<Exclude<Locale, "de">, () => Promise<Catalogue>> = {
  en: () => import("./en").then((m) => m.en),
};
const loading = new Map<Locale, Promise<void>>();

/** Fetches a language's catalogue once; afterwards `translate` and `setLocale` use it at once. */
export function loadCatalogue(locale: Locale): Promise<void> {
  if (locale === "de" || catalogues[locale]) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = LOADERS[locale]().then((catalogue) => {
      catalogues[locale] = catalogue;
    });
    // A failed fetch (offline) may be tried again by the next switch.
    pending.catch(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/**
 * Replaces each {name} with its parameter; an unknown name stays visible so it gets noticed.
 * A language whose catalogue has not arrived reads German: the provider never switches to it
 * before then, so only code outside the UI (tests) can ask early, and must `loadCatalogue` first.
 */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const text = (catalogues[locale] ?? de)[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** German and English know only "one" and "other". */
export function pluralOf(count: number): "one" | "other" {
  return count === 1 ? "one" : "other";
}

interface I18nValue {
  locale: Locale;
  /** Switches once the language's catalogue is there; the promise settles then. */
  setLocale: (locale: Locale) => Promise<void>;
}

const I18nContext = createContext<I18nValue>({ locale: "de", setLocale: async () => {} });

function storedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "de";
  } catch {
    return "de";
  }
}

// Read before the first render, so a returning English reader's catalogue is already on its way
// while the rest of the app starts.
const initialLocale = storedLocale();
const initialLoad = loadCatalogue(initialLocale).then(
  () => initialLocale,
  () => "de" as const,
);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale | null>(() => (catalogues[initialLocale] ? initialLocale : null));
  // Only the latest choice applies, should an earlier one's catalogue arrive after it.
  const latest = useRef(0);
  useEffect(() => {
    if (!locale) void initialLoad.then(setLocaleState);
  }, [locale]);
  useEffect(() => {
    if (!locale) return;
    document.documentElement.lang = locale;
    // document.title is each screen's (usePageTitle): set here too, it would overwrite theirs.
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    const request = ++latest.current;
    const apply = () => {
      if (request !== latest.current) return;
      setLocaleState(next);
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // private mode: the choice lasts for this page only
      }
    };
    // At once when the catalogue is here (same render as the caller's other updates).
    if (catalogues[next]) {
      apply();
      return Promise.resolve();
    }
    // Not fetched (offline): the language on screen stays; the next switch tries again.
    return loadCatalogue(next).then(apply, () => {});
  }, []);
  const value = useMemo(() => (locale ? { locale, setLocale } : null), [locale, setLocale]);
  // Nothing to show until the reader's language has arrived (only a returning non-German reader waits).
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useLocale(): I18nValue {
  return useContext(I18nContext);
}

export function useT(): Translate {
  const { locale } = useContext(I18nContext);
  return useCallback<Translate>((key, params) => translate(locale, key, params), [locale]);
}

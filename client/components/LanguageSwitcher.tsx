// The language choice (German default, English), shared by every header. The browser keeps
// it (localStorage, lib/i18n); a signed-in user's account keeps it too (`user.setLocale`), so
// it follows the user to the next browser it signs in from (applied on sign-in: useLogin).
// A sponsor's choice stays in its browser.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { LOCALES, useLocale, useT, type Locale } from "../lib/i18n";
import { useStaffUser } from "../lib/me";
import { useTRPC } from "../lib/trpc";

export function LanguageSwitcher() {
  const t = useT();
  const id = useId();
  const { locale, setLocale } = useLocale();
  // The choice shows at once, while a language's catalogue is still being fetched.
  const [chosen, setChosen] = useState<Locale | null>(null);
  const saveForUser = useSaveUserLocale();
  const choose = (next: Locale) => {
    setChosen(next);
    void setLocale(next).finally(() => setChosen(null));
    saveForUser(next);
  };
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {t("shell.language")}
      </label>
      <select
        id={id}
        className="select--compact"
        value={chosen ?? locale}
        onChange={(e) => choose(e.target.value as Locale)}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </>
  );
}

/** Saves the choice with the signed-in user's account; for a sponsor or nobody, does nothing. */
function useSaveUserLocale(): (locale: Locale) => void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const user = useStaffUser();
  // The answer is the user as auth.me gives it: keep the cached one current. A failure only
  // means the next browser does not know the choice yet; this one has it, so nothing to show.
  const save = useMutation(
    trpc.user.setLocale.mutationOptions({
      onSuccess: (saved) => queryClient.setQueryData(trpc.auth.me.queryKey(), saved),
    }),
  );
  return (locale) => {
    if (user && user.locale !== locale) save.mutate({ locale });
  };
}

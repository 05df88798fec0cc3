// Sign-in and sign-out. Who is signed in (`auth.me`) lives in lib/me.ts, shared with the shells.
import { hashKey, useMutation, useQueryClient } from "@tanstack/react-query";
import { loadCatalogue, useLocale } from "../../../lib/i18n";
import { useTRPC } from "../../../lib/trpc";

export function useLogin() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { setLocale } = useLocale();
  return useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async (user) => {
        // The language the user chose last time, on whatever browser; none chosen: keep this browser's.
        // Its catalogue is fetched first, then language and session change in one render, so the
        // first screen after sign-in is already in it. Not fetched (offline): sign in regardless.
        if (user.locale) await loadCatalogue(user.locale).catch(() => {});
        // Another user's cached data must not show: start from a clean cache.
        queryClient.clear();
        queryClient.setQueryData(trpc.auth.me.queryKey(), user);
        if (user.locale) void setLocale(user.locale);
      },
    }),
  );
}

export function useLogout() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: () => {
        // Signed out first, on the query the screens already watch (after clear() they would
        // keep the old one and not notice); then nothing else of this session stays cached.
        const meKey = trpc.auth.me.queryKey();
        queryClient.setQueryData(meKey, null);
        queryClient.removeQueries({ predicate: (query) => query.queryHash !== hashKey(meKey) });
      },
    }),
  );
}

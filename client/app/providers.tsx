// Query cache, tRPC client and the app-wide providers. A call that finds the session gone
// (UNAUTHORIZED) marks the user as signed out, which sends every screen to /login.
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import type { AppRouter } from "../../server/routers/_app";
import { I18nProvider } from "../lib/i18n";
import { errorCodeOf, makeTrpcClient, TRPCProvider } from "../lib/trpc";

function makeClients() {
  const trpcClient = makeTrpcClient();
  const onError = (error: unknown) => {
    if (errorCodeOf(error) === "UNAUTHORIZED") queryClient.setQueryData(meKey, null);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // Only network trouble is worth repeating; a 4xx answer will not change.
        retry: (failures, error) => errorCodeOf(error) === "OTHER" && failures < 2,
      },
    },
  });
  const meKey = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient }).auth.me.queryKey();
  return { trpcClient, queryClient };
}

export function Providers({ children }: { children: ReactNode }) {
  const [{ trpcClient, queryClient }] = useState(makeClients);
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          {children}
        </TRPCProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}

// The loading and error states of a committee section, inside its card.
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ErrorState, Loading } from "../../../components/States";

/** Renders `children(data)` once the query has data; its spinner or error (with retry) before. */
export function QueryBody<T, E>({
  query,
  error,
  children,
}: {
  query: UseQueryResult<T, E>;
  error: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} message={error} onRetry={() => query.refetch()} />;
  return <>{children(query.data)}</>;
}

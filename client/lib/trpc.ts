// The typed tRPC client. Only the router's *type* crosses from the server: nothing of the
// server's code ends up in the bundle.
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink, TRPCClientError } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import type { AppRouter } from "../../server/routers/_app";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

/**
 * Plain JSON, no transformer (CONTRACT.md "HTTP"); the server accepts batches of at most 10.
 * Subscriptions (the live dashboard) stream over server-sent events: the browser's
 * EventSource reconnects by itself and sends the last event id, so nothing is missed.
 */
export function makeTrpcClient() {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === "subscription",
        true: httpSubscriptionLink({ url: "/trpc" }),
        false: httpBatchLink({ url: "/trpc", maxItems: 10 }),
      }),
    ],
  });
}

export type ErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "OTHER";
export type FieldErrors = Record<string, string[]>;

/** The tRPC error code of a failed call; network failures and anything unexpected are OTHER. */
export function errorCodeOf(error: unknown): ErrorCode {
  if (!(error instanceof TRPCClientError)) return "OTHER";
  const code = (error.data as { code?: string } | undefined)?.code;
  const known: ErrorCode[] = [
    "BAD_REQUEST",
    "UNAUTHORIZED",
    "FORBIDDEN",
    "NOT_FOUND",
    "CONFLICT",
    "TOO_MANY_REQUESTS",
    "PAYLOAD_TOO_LARGE",
    "UNSUPPORTED_MEDIA_TYPE",
  ];
  return known.find((k) => k === code) ?? "OTHER";
}

/** The server's zod field errors (`error.data.fieldErrors`), or an empty object. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  if (!(error instanceof TRPCClientError)) return {};
  return (error.data as { fieldErrors?: FieldErrors } | undefined)?.fieldErrors ?? {};
}

/** How the server's message ends when it refused a date only because it is unusual. */
const UNUSUAL_HINT = "send acceptUnusualDate: true to keep it";

/**
 * Whether the server refused `field`'s date only as unusual (more than 90 days after the
 * deadline): its message then ends by saying how to keep it, and the UI asks before resending
 * with `acceptUnusualDate: true`.
 */
export function refusedAsUnusualDate(error: unknown, field: string): boolean {
  return (
    errorCodeOf(error) === "BAD_REQUEST" && (fieldErrorsOf(error)[field] ?? []).some((m) => m.endsWith(UNUSUAL_HINT))
  );
}

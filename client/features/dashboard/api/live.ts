// Today's summary, live: campaign.onSummary streams it over SSE at once and after every
// change, and each one is written into the query cache under campaign.summary {campaignId},
// so every part of the dashboard that reads today's figures redraws without a reload.
import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useEffect, useState } from "react";
import { errorCodeOf, useTRPC, type ErrorCode } from "../../../lib/trpc";

/** How long to wait before subscribing again once the browser has given the stream up. */
const RESUBSCRIBE_MS = 5_000;

export type LiveState = "off" | "connecting" | "live" | "lost";

export function useLiveSummary(campaignId: number, enabled: boolean): LiveState {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const subscription = useSubscription(
    trpc.campaign.onSummary.subscriptionOptions(
      { campaignId },
      {
        enabled: enabled && Number.isInteger(campaignId),
        onData: ({ data }) => {
          queryClient.setQueryData(trpc.campaign.summary.queryKey({ campaignId }), data);
          // Past days can change too (a correction with an earlier business date): the week
          // before and the committee's other figures reload if they are on screen.
          for (const key of [
            trpc.campaign.summary.queryKey(),
            trpc.campaign.breakdowns.queryKey(),
            trpc.campaign.pipeline.queryKey(),
            trpc.campaign.drawdown.queryKey(),
          ]) {
            void queryClient.invalidateQueries({
              queryKey: key,
              predicate: (q) => !isTodaysSummary(q.queryKey, campaignId),
            });
          }
        },
      },
    ),
  );
  // EventSource retries a dropped stream by itself. But a server that shuts down ends the
  // stream properly (the subscription goes "idle"), and a browser that gives up ends in
  // "error": either way, start it again after a pause. An answer such as NOT_FOUND or
  // FORBIDDEN is no lost connection: trying again would get the same.
  const { status, error, reset } = subscription;
  const errorCode = error === null ? null : errorCodeOf(error);
  const givenUp = enabled && (status === "idle" || (status === "error" && errorCode === "OTHER"));
  useEffect(() => {
    if (!givenUp) return;
    const timer = setTimeout(reset, RESUBSCRIBE_MS);
    return () => clearTimeout(timer);
  }, [givenUp, reset]);

  // Once live, any other state is a lost connection (also while subscribing again).
  const [wasLive, setWasLive] = useState(false);
  useEffect(() => {
    if (!enabled) setWasLive(false);
    else if (status === "pending") setWasLive(true);
  }, [enabled, status]);

  return liveStateOf({ enabled, status, errorCode, wasLive });
}

interface LiveInput {
  enabled: boolean;
  status: "idle" | "connecting" | "pending" | "error";
  /** The subscription's error code, null without an error. */
  errorCode: ErrorCode | null;
  /** The stream was live before. */
  wasLive: boolean;
}

/**
 * What the live badge says. The server's refusal (not found, no access, signed out) is no
 * connection to wait for: the badge goes, and the page's own error state tells what is wrong.
 */
export function liveStateOf({ enabled, status, errorCode, wasLive }: LiveInput): LiveState {
  if (!enabled) return "off";
  if (status === "pending") return "live";
  if (errorCode !== null && errorCode !== "OTHER") return "off";
  return wasLive || errorCode !== null ? "lost" : "connecting";
}

/** The query key tRPC gives campaign.summary {campaignId} (no asOf): [path, {input, type}]. */
function isTodaysSummary(queryKey: readonly unknown[], campaignId: number): boolean {
  const [path, meta] = queryKey as [string[], { input?: { campaignId?: number; asOf?: string } } | undefined];
  return path.join(".") === "campaign.summary" && meta?.input?.campaignId === campaignId && !meta.input.asOf;
}

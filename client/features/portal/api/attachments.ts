// The documents attached to one of the sponsor's own pledges (pledge.attachments answers a
// sponsor for its own pledges only).
import { useQuery } from "@tanstack/react-query";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc";

export type PortalAttachment = RouterOutputs["pledge"]["attachments"][number];

export function usePledgeAttachments(pledgeId: number) {
  const trpc = useTRPC();
  return useQuery(trpc.pledge.attachments.queryOptions({ pledgeId }));
}

import { useQuery } from "@tanstack/react-query";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc";

export type Corrections = RouterOutputs["campaign"]["corrections"];
export type Correction = Corrections["items"][number];

/** "Nachträgliche Änderungen": changes recorded after `knownAt` whose business date is on or before `asOf`. */
export function useCorrections(campaignId: number, view: { asOf?: string; knownAt: string }) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.campaign.corrections.queryOptions({ campaignId, ...view }),
    enabled: Number.isInteger(campaignId),
  });
}

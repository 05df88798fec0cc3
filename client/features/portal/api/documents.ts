// The sponsor's own receipts and invoices (sponsorPortal.documents), downloaded as issued.
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../../lib/trpc";

export function useOwnDocuments() {
  const trpc = useTRPC();
  return useQuery(trpc.sponsorPortal.documents.queryOptions());
}

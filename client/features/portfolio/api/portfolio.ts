// The funder's portfolio (portfolio.summary): one line per campaign it may see.
import { useQuery } from "@tanstack/react-query";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc";

export type PortfolioLine = RouterOutputs["portfolio"]["summary"][number];

export function usePortfolio() {
  const trpc = useTRPC();
  return useQuery(trpc.portfolio.summary.queryOptions({}));
}

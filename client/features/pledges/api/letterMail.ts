// Mailing a pledge's letter (pledge.sendConfirmation, pledge.sendThanks): the outbox then has
// one more mail, so its list is read again.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { LetterKind } from "../../../lib/letters";
import { useTRPC } from "../../../lib/trpc";

export function useSendLetter(kind: LetterKind) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const procedure = kind === "confirmation" ? trpc.pledge.sendConfirmation : trpc.pledge.sendThanks;
  return useMutation(
    procedure.mutationOptions({
      // pathKey: the outbox is an infinite query.
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.mail.list.pathKey() }),
    }),
  );
}

// The pledge's attachments: the list and removing one go through tRPC; uploading posts the
// raw file to /api/pledges/:id/attachments with fetch (a file is not JSON). Either way the
// list reloads afterwards.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc";
import { uploadProblemOf, type UploadProblem } from "../detail/attachmentFile";

export type Attachment = RouterOutputs["pledge"]["attachments"][number];

export function usePledgeAttachments(pledgeId: number) {
  const trpc = useTRPC();
  return useQuery(trpc.pledge.attachments.queryOptions({ pledgeId }));
}

function useRefreshAttachments(pledgeId: number) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.pledge.attachments.queryKey({ pledgeId }) });
}

export function useRemoveAttachment(pledgeId: number) {
  const trpc = useTRPC();
  const refresh = useRefreshAttachments(pledgeId);
  return useMutation(trpc.pledge.removeAttachment.mutationOptions({ onSettled: refresh }));
}

/** A refused upload, with what the page tells the user. */
export class UploadError extends Error {
  constructor(readonly problem: UploadProblem) {
    super(`upload refused: ${problem}`);
  }
}

async function postFile(pledgeId: number, file: File, contentType: string): Promise<Attachment> {
  let res: Response;
  try {
    res = await fetch(`/api/pledges/${pledgeId}/attachments`, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": contentType, "x-filename": encodeURIComponent(file.name) },
      body: file,
    });
  } catch {
    throw new UploadError("network");
  }
  if (!res.ok) throw new UploadError(uploadProblemOf(res.status));
  return (await res.json()) as Attachment;
}

export function useUploadAttachment(pledgeId: number) {
  const refresh = useRefreshAttachments(pledgeId);
  return useMutation({
    mutationFn: ({ file, contentType }: { file: File; contentType: string }) => postFile(pledgeId, file, contentType),
    onSettled: refresh,
  });
}

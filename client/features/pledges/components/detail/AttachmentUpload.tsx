// "Unterschriebene Zusage hochladen": a button that opens the file picker and posts the
// chosen file. Size and type are checked here first so a wrong file fails at once; the
// server checks again by the file's bytes. A spinner shows while the file travels.
import { useRef, useState, type ChangeEvent } from "react";
import { useToast } from "../../../../components/Toast";
import type { MessageKey } from "../../../../lib/i18n/de";
import { useT } from "../../../../lib/i18n";
import { UploadError, useUploadAttachment } from "../../api/attachments";
import { ACCEPT, checkUpload, type UploadProblem } from "../../detail/attachmentFile";

const PROBLEM_TEXT: Record<UploadProblem, MessageKey> = {
  tooLarge: "attachments.problem.tooLarge",
  wrongType: "attachments.problem.wrongType",
  empty: "attachments.problem.empty",
  full: "attachments.problem.full",
  signedOut: "attachments.problem.signedOut",
  invalid: "common.error.invalid",
  forbidden: "common.error.forbidden",
  notFound: "common.error.notFound",
  network: "common.error.network",
};

export function AttachmentUpload({ pledgeId }: { pledgeId: number }) {
  const t = useT();
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadAttachment(pledgeId);
  const [problem, setProblem] = useState<UploadProblem | null>(null);

  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) fires another change.
    event.target.value = "";
    if (!file) return;
    const check = checkUpload(file);
    if (!check.ok) return setProblem(check.problem);
    setProblem(null);
    upload.mutate(
      { file, contentType: check.contentType },
      {
        onSuccess: (created) => toast(t("attachments.uploaded", { name: created.filename })),
        onError: (error) => setProblem(error instanceof UploadError ? error.problem : "network"),
      },
    );
  };

  return (
    <div className="attachment-upload">
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={chosen}
        data-testid="attachment-file"
      />
      <button
        type="button"
        className="button button--secondary"
        disabled={upload.isPending}
        onClick={() => input.current?.click()}
        aria-describedby="attachment-upload-hint"
      >
        {upload.isPending && <span className="spinner attachment-upload__spinner" aria-hidden="true" />}
        {upload.isPending ? t("attachments.uploading") : t("attachments.upload")}
      </button>
      <p id="attachment-upload-hint" className="small muted">
        {t("attachments.upload.hint")}
      </p>
      {problem && (
        <p className="field__error" role="alert" data-testid="attachment-problem">
          {t(PROBLEM_TEXT[problem])}
        </p>
      )}
    </div>
  );
}

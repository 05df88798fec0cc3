// "Unterlagen": the files attached to the pledge (the signed commitment, scans), each with a
// link that opens it and one that downloads it. Organisers and admins upload and remove
// (after asking); the committee only reads.
import { useState } from "react";
import { ConfirmDialog } from "../../../../components/ConfirmDialog";
import { ProblemAlert } from "../../../../components/ProblemAlert";
import { ErrorState, Loading } from "../../../../components/States";
import { useToast } from "../../../../components/Toast";
import { formatFileSize, formatInstant } from "../../../../lib/format";
import { useLocale, useT } from "../../../../lib/i18n";
import { usePledgeAttachments, useRemoveAttachment, type Attachment } from "../../api/attachments";
import { typeLabelOf } from "../../detail/attachmentFile";
import { problemOf } from "../../problem";
import { AttachmentUpload } from "./AttachmentUpload";
import "../../detail/attachments.css";

export function AttachmentsSection({ pledgeId, writer }: { pledgeId: number; writer: boolean }) {
  const t = useT();
  const list = usePledgeAttachments(pledgeId);
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  return (
    <section
      className="card pledge-detail__attachments"
      aria-labelledby="pledge-attachments-title"
      data-testid="pledge-attachments"
    >
      <div className="attachments__head">
        <h2 id="pledge-attachments-title" className="card__title">
          {t("attachments.title")}
        </h2>
        {writer && <AttachmentUpload pledgeId={pledgeId} />}
      </div>
      <ProblemAlert message={problem} onClose={() => setProblem(null)} />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} message={t("attachments.error")} onRetry={() => list.refetch()} />
      ) : list.data.length === 0 ? (
        <p className="muted">{t("attachments.none")}</p>
      ) : (
        <ul className="attachment-list">
          {list.data.map((a) => (
            <AttachmentRow key={a.id} attachment={a} onRemove={writer ? () => setRemoving(a) : undefined} />
          ))}
        </ul>
      )}
      {removing && (
        <RemoveDialog
          pledgeId={pledgeId}
          attachment={removing}
          onClose={() => setRemoving(null)}
          onProblem={setProblem}
        />
      )}
    </section>
  );
}

function AttachmentRow({ attachment: a, onRemove }: { attachment: Attachment; onRemove?: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <li className="attachment-list__item">
      <div className="attachment-list__main">
        <a href={a.url} target="_blank" rel="noopener" className="attachment-list__name">
          {a.filename}
        </a>
        <span className="cell-sub">
          {[
            t(`attachments.kind.${typeLabelOf(a.contentType)}`),
            formatFileSize(a.sizeBytes, locale),
            formatInstant(a.createdAt, locale),
            a.createdByName,
          ]
            .filter(Boolean)
            .join(" · ")}
        </span>
      </div>
      <div className="row-actions">
        <a
          href={a.url}
          download={a.filename}
          className="button button--secondary button--small"
          aria-label={t("attachments.download.label", { name: a.filename })}
        >
          {t("attachments.download")}
        </a>
        {onRemove && (
          <button
            type="button"
            className="button button--danger-ghost button--small"
            onClick={onRemove}
            aria-label={t("attachments.remove.label", { name: a.filename })}
          >
            {t("attachments.remove")}
          </button>
        )}
      </div>
    </li>
  );
}

interface RemoveDialogProps {
  pledgeId: number;
  attachment: Attachment;
  onClose: () => void;
  onProblem: (message: string | null) => void;
}

function RemoveDialog({ pledgeId, attachment, onClose, onProblem }: RemoveDialogProps) {
  const t = useT();
  const toast = useToast();
  const remove = useRemoveAttachment(pledgeId);
  const confirm = () => {
    onProblem(null);
    remove.mutate(
      { attachmentId: attachment.id },
      {
        onSuccess: () => toast(t("attachments.removed", { name: attachment.filename })),
        onError: (error) => onProblem(problemOf(error, t, "page")),
        onSettled: onClose,
      },
    );
  };
  return (
    <ConfirmDialog
      title={t("attachments.remove.title")}
      confirmLabel={t("attachments.remove")}
      danger
      pending={remove.isPending}
      onConfirm={confirm}
      onClose={onClose}
    >
      {t("attachments.remove.text", { name: attachment.filename })}
    </ConfirmDialog>
  );
}

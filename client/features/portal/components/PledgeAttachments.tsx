// The documents of one of the sponsor's pledges (the signed commitment the organisers filed),
// each with a download link.
import { formatFileSize, formatInstant } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { usePledgeAttachments, type PortalAttachment } from "../api/attachments";
import "../attachments.css";

const KIND = {
  "application/pdf": "attachments.kind.pdf",
  "image/png": "attachments.kind.png",
  "image/jpeg": "attachments.kind.jpeg",
  "image/webp": "attachments.kind.webp",
} as const;

export function PledgeAttachments({ pledgeId }: { pledgeId: number }) {
  const t = useT();
  const list = usePledgeAttachments(pledgeId);
  return (
    <div className="pledge-card__attachments" data-testid="portal-attachments">
      <h3 className="subsection-title">{t("portal.attachments.title")}</h3>
      {list.isPending ? (
        <span className="spinner" role="status" aria-label={t("common.loading")} />
      ) : list.isError ? (
        <p className="small muted" role="alert">
          {t("portal.attachments.error")}
        </p>
      ) : list.data.length === 0 ? (
        <p className="small muted">{t("portal.attachments.none")}</p>
      ) : (
        <ul className="plain-list">
          {list.data.map((a) => (
            <AttachmentItem key={a.id} attachment={a} />
          ))}
        </ul>
      )}
    </div>
  );
}

function AttachmentItem({ attachment: a }: { attachment: PortalAttachment }) {
  const t = useT();
  const { locale } = useLocale();
  const kind = a.contentType in KIND ? t(KIND[a.contentType as keyof typeof KIND]) : a.contentType;
  return (
    <li className="plain-list__row">
      <span className="pledge-card__attachment">
        <a href={a.url} target="_blank" rel="noopener">
          {a.filename}
        </a>
        <span className="cell-sub">
          {t("portal.attachments.meta", {
            type: kind,
            size: formatFileSize(a.sizeBytes, locale),
            date: formatInstant(a.createdAt, locale),
          })}
        </span>
      </span>
      <a
        href={a.url}
        download={a.filename}
        className="button button--secondary button--small"
        aria-label={t("portal.attachments.download.label", { name: a.filename })}
      >
        {t("portal.attachments.download")}
      </a>
    </li>
  );
}

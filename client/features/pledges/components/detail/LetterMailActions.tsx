// For organisers and admins: mail the pledge's letters (those its status allows) to the
// sponsor's contact e-mail. Without one, the buttons are disabled and say why. A queued mail
// is confirmed with a link to the outbox, where it can be seen going out.
import { useCampaignId } from "../../../../lib/campaigns";
import { useLocale, useT } from "../../../../lib/i18n";
import { type LetterKind, lettersFor } from "../../../../lib/letters";
import { errorCodeOf, fieldErrorsOf } from "../../../../lib/trpc";
import { useToast } from "../../../../components/Toast";
import { useSendLetter } from "../../api/letterMail";
import { problemOf } from "../../problem";

interface LetterMailActionsProps {
  pledgeId: number;
  status: string;
  contactEmail: string | null;
  onProblem: (message: string | null) => void;
}

export function LetterMailActions({ pledgeId, status, contactEmail, onProblem }: LetterMailActionsProps) {
  const t = useT();
  const kinds = lettersFor(status);
  if (kinds.length === 0) return null;
  return (
    <div className="pledge-detail__letter-mail" role="group" aria-label={t("detail.letters")}>
      {kinds.map((kind) => (
        <SendLetterButton
          key={kind}
          kind={kind}
          pledgeId={pledgeId}
          contactEmail={contactEmail}
          onProblem={onProblem}
        />
      ))}
      {!contactEmail && (
        <span id={`letter-mail-hint-${pledgeId}`} className="muted small">
          {t("letterMail.noEmail")}
        </span>
      )}
    </div>
  );
}

function SendLetterButton({
  kind,
  pledgeId,
  contactEmail,
  onProblem,
}: {
  kind: LetterKind;
  pledgeId: number;
  contactEmail: string | null;
  onProblem: (message: string | null) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const campaignId = useCampaignId();
  const toast = useToast();
  const send = useSendLetter(kind);
  const onClick = () => {
    onProblem(null);
    send.mutate(
      { pledgeId, locale },
      {
        onSuccess: () =>
          toast(t(`letterMail.queued.${kind}`, { email: contactEmail ?? "" }), "success", {
            to: `/c/${campaignId}/mail`,
            label: t("letterMail.toOutbox"),
          }),
        onError: (error) =>
          onProblem(
            fieldErrorsOf(error).contactEmail
              ? t("letterMail.noEmail")
              : errorCodeOf(error) === "CONFLICT"
                ? t("letterMail.refused")
                : problemOf(error, t),
          ),
      },
    );
  };
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      onClick={onClick}
      disabled={!contactEmail || send.isPending}
      aria-describedby={contactEmail ? undefined : `letter-mail-hint-${pledgeId}`}
    >
      {t(`letterMail.${kind}`)}
    </button>
  );
}

// Downloads of the pledge's letters (confirmation to sign, thank-you letter) for staff.
import { lettersFor, letterUrl } from "../../../../lib/letters";
import { useLocale, useT } from "../../../../lib/i18n";

export function LetterLinks({ pledgeId, status }: { pledgeId: number; status: string }) {
  const t = useT();
  const { locale } = useLocale();
  const kinds = lettersFor(status);
  if (kinds.length === 0) return null;
  return (
    <p className="small pledge-detail__letters">
      <span className="muted">{t("detail.letters")}: </span>
      {kinds.map((kind, i) => (
        <span key={kind}>
          {i > 0 && " · "}
          <a href={letterUrl(pledgeId, kind, locale)} download>
            {t(kind === "confirmation" ? "detail.letters.confirmation" : "detail.letters.thanks")}
          </a>
        </span>
      ))}
    </p>
  );
}

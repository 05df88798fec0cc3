// The sponsor's own consent to being named on the campaign's public page: not at all, by
// name, or by name and amount. Saved with a button, so a slip of the finger changes nothing.
// The page keys this form by the saved value, so a saved (or refetched) value starts it afresh.
import { useId, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { useToast } from "../../../components/Toast";
import { useT } from "../../../lib/i18n";
import { errorCodeOf } from "../../../lib/trpc";
import { LISTINGS, useSetListing, type Listing } from "../api/portal";

interface ListingConsentProps {
  listing: Listing;
  campaignId: number;
  publicPage: boolean;
}

export function ListingConsent({ listing, campaignId, publicPage }: ListingConsentProps) {
  const t = useT();
  const toast = useToast();
  const id = useId();
  const save = useSetListing((saved) => toast(t("listing.saved", { listing: t(`listing.${saved}`) })));
  const [choice, setChoice] = useState<Listing>(listing);
  const [error, setError] = useState("");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError("");
    save.mutate(
      { listing: choice },
      {
        onError: (err) => setError(errorCodeOf(err) === "UNAUTHORIZED" ? t("portal.sessionEnded") : t("listing.error")),
      },
    );
  };

  return (
    <section className="card portal__wide" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title">
        {t("listing.title")}
      </h2>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="radio-group">
          <legend>{t("listing.question")}</legend>
          {LISTINGS.map((value) => (
            <div className="radio" key={value}>
              <input
                type="radio"
                id={`${id}-${value}`}
                name={`${id}-listing`}
                value={value}
                checked={choice === value}
                onChange={() => setChoice(value)}
                aria-describedby={`${id}-${value}-hint`}
              />
              <label htmlFor={`${id}-${value}`}>
                <span className="radio__label">{t(`listing.${value}`)}</span>
                <span className="radio__hint" id={`${id}-${value}-hint`}>
                  {t(`listing.${value}.hint`)}
                </span>
              </label>
            </div>
          ))}
        </fieldset>
        <p className="muted small">
          {publicPage ? (
            <>
              {t("listing.publicOn")} <Link to={`/p/${campaignId}`}>{t("listing.viewPublic")}</Link>
            </>
          ) : (
            t("listing.publicOff")
          )}
        </p>
        <p className="form__error" role="alert">
          {error}
        </p>
        <div className="form__actions form__actions--start">
          <button type="submit" className="button button--primary" disabled={save.isPending || choice === listing}>
            {save.isPending ? t("form.submitting") : t("listing.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}

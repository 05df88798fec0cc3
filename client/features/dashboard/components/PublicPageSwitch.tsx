// Admins: the campaign's public page on or off, and while it is on a link to it and the
// HTML that frames its Funding-Barometer on another site.
import { useId, useState } from "react";
import { Link } from "react-router";
import { barometerSnippet, barometerUrl } from "../../../barometer/snippet";
import { CopyField } from "../../../components/CopyField";
import { useToast } from "../../../components/Toast";
import type { CampaignListItem } from "../../../lib/campaigns";
import { useT } from "../../../lib/i18n";
import { errorCodeOf } from "../../../lib/trpc";
import { useSetPublicPage } from "../api/publicPage";

export function PublicPageSwitch({ campaign }: { campaign: CampaignListItem }) {
  const t = useT();
  const id = useId();
  const toast = useToast();
  const update = useSetPublicPage();
  const [problem, setProblem] = useState("");

  const toggle = (publicPage: boolean) => {
    setProblem("");
    update.mutate(
      { campaignId: campaign.id, expectedVersion: campaign.version, publicPage },
      {
        onSuccess: (row) => toast(row.publicPage ? t("publicPage.on") : t("publicPage.off")),
        onError: (error) =>
          setProblem(errorCodeOf(error) === "CONFLICT" ? t("publicPage.conflict") : t("common.error.network")),
      },
    );
  };

  return (
    <div className="public-switch">
      <div className="switch">
        <input
          id={id}
          type="checkbox"
          role="switch"
          aria-checked={campaign.publicPage}
          checked={campaign.publicPage}
          disabled={update.isPending}
          onChange={(e) => toggle(e.target.checked)}
        />
        <label htmlFor={id}>{t("publicPage.label")}</label>
      </div>
      {campaign.publicPage ? (
        <Link to={`/p/${campaign.id}`} data-testid="public-page-link">
          {t("publicPage.view")}
        </Link>
      ) : (
        <span className="muted small">{t("publicPage.offHint")}</span>
      )}
      {campaign.publicPage && (
        <details className="public-switch__embed" style={{ flexBasis: "100%" }} data-testid="barometer-embed">
          <summary>{t("publicPage.embed.summary")}</summary>
          <CopyField
            label={t("publicPage.embed.label")}
            value={barometerSnippet(window.location.origin, campaign)}
            testId="barometer-snippet"
          />
          <p className="muted small">
            {t("publicPage.embed.hint")}{" "}
            <a href={barometerUrl(window.location.origin, campaign.id)} target="_blank" rel="noopener">
              {t("publicPage.embed.preview")}
            </a>
          </p>
        </details>
      )}
      {problem && (
        <p className="form__error public-switch__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

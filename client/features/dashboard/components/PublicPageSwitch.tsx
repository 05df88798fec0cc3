// Admins: the campaign's public page on or off, and a link to it while it is on.
import { useId, useState } from "react";
import { Link } from "react-router";
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
        onError: (error) => setProblem(errorCodeOf(error) === "CONFLICT" ? t("publicPage.conflict") : t("common.error.network")),
      },
    );
  };

  return (
    <div className="public-switch">
      <div className="switch">
        <input id={id} type="checkbox" role="switch" checked={campaign.publicPage} disabled={update.isPending} onChange={(e) => toggle(e.target.checked)} />
        <label htmlFor={id}>{t("publicPage.label")}</label>
      </div>
      {campaign.publicPage ? (
        <Link to={`/p/${campaign.id}`} data-testid="public-page-link">
          {t("publicPage.view")}
        </Link>
      ) : (
        <span className="muted small">{t("publicPage.offHint")}</span>
      )}
      {problem && (
        <p className="form__error public-switch__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

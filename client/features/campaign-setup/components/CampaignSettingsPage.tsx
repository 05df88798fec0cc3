// Admins: a campaign's settings (/c/:campaignId/settings): where its funding application
// stands (ApplicationStatusCard), then the settings' form. The form is sent with the version
// it was filled from; when someone else saved meanwhile (CONFLICT) the campaign reloads, the
// form starts again from the current values (keyed by version) and a note says why.
import { useState } from "react";
import { ErrorState, Loading } from "../../../components/States";
import { useToast } from "../../../components/Toast";
import { useCampaigns, useCurrentCampaign } from "../../../lib/campaigns";
import { useLocale, useT } from "../../../lib/i18n";
import { usePageTitle } from "../../../lib/usePageTitle";
import { useUpdateCampaign } from "../api/campaignSetup";
import { readSettings, setupValuesOf, updateInputOf, type CampaignInput } from "../setupForm";
import { ApplicationStatusCard } from "./ApplicationStatusCard";
import { CampaignForm } from "./CampaignForm";

export function CampaignSettingsPage() {
  const t = useT();
  const { locale } = useLocale();
  const toast = useToast();
  const campaigns = useCampaigns();
  const campaign = useCurrentCampaign();
  const update = useUpdateCampaign();
  const [conflict, setConflict] = useState(false);
  usePageTitle(campaign ? t("setup.edit.title", { campaign: campaign.name }) : undefined);
  if (campaigns.isPending) return <Loading />;
  if (campaigns.isError || !campaign)
    return <ErrorState error={campaigns.error} message={t("common.error.title")} onRetry={() => campaigns.refetch()} />;

  const submit = async (input: CampaignInput) => {
    await update.mutateAsync({
      campaignId: campaign.id,
      expectedVersion: campaign.version,
      ...updateInputOf(campaign, input),
    });
    setConflict(false);
    toast(t("setup.edit.saved"));
  };
  return (
    <>
      <div className="page__header">
        <h1>{t("setup.edit.title", { campaign: campaign.name })}</h1>
      </div>
      {conflict && (
        <div className="alert alert--warning" role="alert" data-testid="setup-conflict">
          <p>{t("setup.conflict")}</p>
        </div>
      )}
      <ApplicationStatusCard key={`application-${campaign.version}`} campaign={campaign} />
      <CampaignForm
        key={campaign.version}
        initial={setupValuesOf(campaign)}
        submitLabel={t("setup.edit.submit")}
        read={(values) => readSettings(campaign, values, t, locale)}
        onSubmit={submit}
        onConflict={() => setConflict(true)}
      />
    </>
  );
}

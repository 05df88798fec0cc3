// `/c/:campaignId/pledges/new`: the form, for organisers and admins.
import { EmptyState, Loading } from "../../../components/States";
import { useCampaignId, useCampaigns } from "../../../lib/campaigns";
import { canWrite } from "../../../lib/codes";
import { useT } from "../../../lib/i18n";
import { PledgeForm } from "./PledgeForm";
import { useCampaignPageTitle } from "../../../lib/usePageTitle";

export function NewPledgePage() {
  const t = useT();
  useCampaignPageTitle(t("form.title"));
  const campaignId = useCampaignId();
  const campaigns = useCampaigns();
  const campaign = campaigns.data?.find((c) => c.id === campaignId);
  if (campaigns.isPending) return <Loading />;
  return (
    <>
      <div className="page__header">
        <div>
          <h1>{t("form.title")}</h1>
          {campaign && <p className="page__meta">{campaign.name}</p>}
        </div>
      </div>
      {canWrite(campaign?.role) ? <PledgeForm campaignId={campaignId} /> : <EmptyState title={t("form.readOnly")} />}
    </>
  );
}

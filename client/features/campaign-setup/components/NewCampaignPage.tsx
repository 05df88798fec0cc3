// Admins: a new campaign. Once created, its dashboard.
import { useNavigate } from "react-router";
import { useToast } from "../../../components/Toast";
import { useLocale, useT } from "../../../lib/i18n";
import { usePageTitle } from "../../../lib/usePageTitle";
import { useCreateCampaign } from "../api/campaignSetup";
import { emptySetupValues, readSetup, type CampaignInput } from "../setupForm";
import { CampaignForm } from "./CampaignForm";

export function NewCampaignPage() {
  const t = useT();
  const { locale } = useLocale();
  const toast = useToast();
  const navigate = useNavigate();
  const create = useCreateCampaign();
  usePageTitle(t("setup.new.title"));
  const submit = async (input: CampaignInput) => {
    const campaign = await create.mutateAsync(input);
    toast(t("setup.new.saved", { campaign: campaign.name }));
    navigate(`/c/${campaign.id}`);
  };
  return (
    <>
      <div className="page__header">
        <div>
          <h1>{t("setup.new.title")}</h1>
          <p>{t("setup.new.intro")}</p>
        </div>
      </div>
      <CampaignForm
        initial={emptySetupValues()}
        submitLabel={t("setup.new.submit")}
        read={(values) => readSetup(values, t, locale)}
        onSubmit={submit}
      />
    </>
  );
}

// The sponsor's own page: a greeting, what its money unlocks, the campaign's overall
// figures, its pledges with payments and schedule, the pledges it raised for others, and
// whether it is listed publicly and gets payment reminders. Built for a phone first; wider screens get two columns.
import { ErrorState, Loading } from "../../../components/States";
import { useT } from "../../../lib/i18n";
import { usePortal } from "../api/portal";
import { OverallFigures } from "../../../components/OverallFigures";
import { LeverageCard } from "./LeverageCard";
import { ListingConsent } from "./ListingConsent";
import { OwnDocuments } from "./OwnDocuments";
import { OwnPledges } from "./OwnPledges";
import { PaymentInstructions } from "./PaymentInstructions";
import { RaisedPledges } from "./RaisedPledges";
import { ReminderSwitch } from "./ReminderSwitch";
import { usePageTitle } from "../../../lib/usePageTitle";

export function PortalPage() {
  const t = useT();
  const portal = usePortal();
  usePageTitle(t("portal.pageTitle"), portal.data?.campaign.name);
  if (portal.isPending) return <Loading />;
  if (portal.isError)
    return <ErrorState error={portal.error} message={t("portal.error")} onRetry={() => portal.refetch()} />;
  const { sponsor, campaign, summary } = portal.data;
  return (
    <>
      <div className="page__header">
        <div>
          <h1 data-testid="portal-greeting">{t("portal.greeting", { name: sponsor.name })}</h1>
          <p className="page__meta">{t("portal.intro", { campaign: campaign.name })}</p>
        </div>
      </div>
      <div className="portal">
        <LeverageCard portal={portal.data} />
        <OverallFigures
          title={t("portal.campaign.title")}
          summary={summary}
          testIdPrefix="portal"
          lead={`${t(`applicationStatus.${campaign.applicationStatus}`)}.`}
        />
        <OwnPledges pledges={portal.data.pledges} inKindSharePercent={campaign.inKindSharePercent} />
        <PaymentInstructions portal={portal.data} />
        <OwnDocuments />
        {portal.data.raised.count > 0 && <RaisedPledges raised={portal.data.raised} />}
        <ListingConsent
          key={sponsor.listing}
          listing={sponsor.listing}
          campaignId={campaign.id}
          publicPage={campaign.publicPage}
        />
        <ReminderSwitch enabled={portal.data.remindersEnabled} hasEmail={!!sponsor.contactEmail} />
      </div>
    </>
  );
}

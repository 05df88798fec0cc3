// Admins: where the funding application stands, and its next step, dated the day it happened:
// submitted; then approved (the grant can be recorded on the dashboard's Landesmittel card)
// or rejected (the conditional pledges lapse that day, so it is confirmed first).
import { useId, useState } from "react";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { DateField } from "../../../components/DateField";
import { useToast } from "../../../components/Toast";
import type { CampaignListItem } from "../../../lib/campaigns";
import { todayInBerlin } from "../../../lib/format";
import { useT } from "../../../lib/i18n";
import { fieldErrorsOf } from "../../../lib/trpc";
import { NEXT_APPLICATION_STATUS } from "../../../../server/domain/campaign";
import type { ApplicationStatus } from "../../../../server/domain/codes";
import { useUpdateCampaign } from "../api/campaignSetup";
import "../applicationStatus.css";

export function ApplicationStatusCard({ campaign }: { campaign: CampaignListItem }) {
  const t = useT();
  const id = useId();
  const toast = useToast();
  const update = useUpdateCampaign();
  const [day, setDay] = useState(todayInBerlin());
  const [problem, setProblem] = useState("");
  const [confirming, setConfirming] = useState<ApplicationStatus | null>(null);
  const next = NEXT_APPLICATION_STATUS[campaign.applicationStatus];

  const move = (status: ApplicationStatus) => {
    setProblem("");
    update.mutate(
      {
        campaignId: campaign.id,
        expectedVersion: campaign.version,
        applicationStatus: status,
        applicationStatusAt: day,
      },
      {
        onSuccess: () => {
          setConfirming(null);
          toast(t("setup.application.saved", { status: t(`applicationStatus.${status}`) }));
        },
        onError: (error) => {
          setConfirming(null);
          const fields = fieldErrorsOf(error);
          setProblem(fields.applicationStatusAt?.[0] ?? error.message);
        },
      },
    );
  };

  return (
    <section className="card application-status" aria-labelledby={`${id}-title`} data-testid="application-status">
      <h2 id={`${id}-title`} className="card__title">
        {t("setup.application.title")}
      </h2>
      <p>
        {t("setup.application.now")} <strong>{t(`applicationStatus.${campaign.applicationStatus}`)}</strong>
      </p>
      {next.length === 0 ? (
        <p className="muted small">{t("setup.application.final")}</p>
      ) : (
        <>
          <DateField
            label={t("setup.application.day")}
            value={day}
            onChange={setDay}
            max={todayInBerlin()}
            className="field--inline"
          />
          <div className="form__actions">
            {next.map((status) => (
              <button
                key={status}
                type="button"
                className={`button ${status === "rejected" ? "button--danger" : "button--primary"}`}
                disabled={update.isPending}
                onClick={() => (status === "rejected" ? setConfirming(status) : move(status))}
              >
                {t(`setup.application.to.${status}` as "setup.application.to.submitted")}
              </button>
            ))}
          </div>
        </>
      )}
      {problem && (
        <p className="form__error" role="alert">
          {problem}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title={t("setup.application.rejectTitle")}
          confirmLabel={t("setup.application.to.rejected")}
          danger
          pending={update.isPending}
          onConfirm={() => move(confirming)}
          onClose={() => setConfirming(null)}
        >
          <p>{t("setup.application.rejectText")}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

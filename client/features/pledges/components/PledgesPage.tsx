// All pledges of the campaign, newest first, filterable by status, with row actions for
// organisers and admins (the committee reads only).
import { useId, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { ListFooter } from "../../../components/ListFooter";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { EmptyState, ErrorState, Loading } from "../../../components/States";
import { useCampaignId, useCurrentCampaign } from "../../../lib/campaigns";
import { canWrite, PLEDGE_STATUSES, type PledgeStatus } from "../../../lib/codes";
import { pluralOf, useLocale, useT } from "../../../lib/i18n";
import { usePledgeList } from "../api/pledges";
import type { OpenDialog } from "./PledgeActions";
import { PaymentDialog } from "./PaymentDialog";
import { PledgeTable } from "./PledgeTable";
import { WithdrawDialog } from "./WithdrawDialog";

const statusOf = (value: string | null): PledgeStatus | undefined => PLEDGE_STATUSES.find((s) => s === value);

export function PledgesPage() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const filterId = useId();
  const campaignId = useCampaignId();
  const campaign = useCurrentCampaign();
  const writer = canWrite(campaign?.role);
  const [params, setParams] = useSearchParams();
  const status = statusOf(params.get("status"));
  const list = usePledgeList(campaignId, status);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  const setStatusFilter = (value: string) => setParams(value ? { status: value } : {}, { replace: true });

  return (
    <>
      <div className="page__header">
        <div>
          <h1>{t("pledges.title")}</h1>
          {campaign && <p className="page__meta">{campaign.name}</p>}
        </div>
        {writer && (
          <button type="button" className="button button--primary" onClick={() => navigate(`/c/${campaignId}/pledges/new`)}>
            {t("dashboard.logPledge")}
          </button>
        )}
      </div>
      <div className="toolbar">
        <div className="toolbar__field">
          <label htmlFor={filterId}>{t("pledges.filter")}</label>
          <select id={filterId} value={status ?? ""} onChange={(e) => setStatusFilter(e.target.value)}>
            <option value="">{t("pledges.filter.all")}</option>
            {PLEDGE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`pledgeStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {campaign && !writer && <p className="muted small">{t("pledges.readOnly")}</p>}
        {campaign && (
          <div role="group" aria-label={t("export.pledges")} className="small">
            {t("export.label")} <a href={`/api/campaigns/${campaignId}/pledges.csv?locale=de`} download title={t("export.csvGerman.title")}>{t("export.csvGerman")}</a>
            {" · "}<a href={`/api/campaigns/${campaignId}/pledges.csv`} download title={t("export.csv.title")}>{t("export.csv")}</a>
            {" · "}<a href={`/api/campaigns/${campaignId}/pledges.xlsx?locale=${locale}`} download>{t("export.xlsx")}</a>
          </div>
        )}
      </div>
      <ProblemAlert message={problem} onClose={() => setProblem(null)} />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} message={t("pledges.error")} onRetry={() => list.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={status ? t("pledges.emptyFiltered", { status: t(`pledgeStatus.${status}`) }) : t("pledges.empty")} />
      ) : (
        <>
          <PledgeTable rows={rows} writer={writer} onOpen={setDialog} onProblem={setProblem} />
          <ListFooter
            shownText={t(`pledges.shown.${pluralOf(rows.length)}`, { count: rows.length })}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            onLoadMore={() => list.fetchNextPage()}
          />
        </>
      )}
      {dialog?.kind === "withdraw" && <WithdrawDialog pledge={dialog.pledge} onClose={() => setDialog(null)} onProblem={setProblem} />}
      {dialog?.kind === "payment" && <PaymentDialog pledge={dialog.pledge} onClose={() => setDialog(null)} onProblem={setProblem} />}
    </>
  );
}

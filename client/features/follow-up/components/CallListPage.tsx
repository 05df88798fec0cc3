// /c/:campaignId/calls, "Meine Anrufliste": the signed-in organiser's sponsors whose next
// contact is due, the longest due first, each with its last contact and its open intents.
// A contact is logged right there and may set the next one; the sponsor then leaves the list.
import { useState } from "react";
import { Link } from "react-router";
import { EmptyState, ErrorState, Loading } from "../../../components/States";
import { useCampaignId } from "../../../lib/campaigns";
import { formatDate, formatEuro } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { useCampaignPageTitle } from "../../../lib/usePageTitle";
import { type CallListEntry, useCallList } from "../api/followUp";
import "../followUp.css";
import { ContactForm } from "./ContactForm";

export function CallListPage() {
  const t = useT();
  const campaignId = useCampaignId();
  const list = useCallList(campaignId);
  useCampaignPageTitle(t("followUp.title"));
  return (
    <>
      <div className="page__header">
        <div>
          <h1>{t("followUp.title")}</h1>
          <p className="page__meta">{t("followUp.intro")}</p>
        </div>
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} message={t("followUp.loadFailed")} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t("followUp.empty")}>{t("followUp.empty.hint")}</EmptyState>
      ) : (
        <ul className="call-list" data-testid="call-list">
          {list.data.items.map((entry) => (
            <CallCard key={entry.sponsorId} entry={entry} campaignId={campaignId} today={list.data.today} />
          ))}
        </ul>
      )}
    </>
  );
}

function CallCard({ entry, campaignId, today }: { entry: CallListEntry; campaignId: number; today: string }) {
  const t = useT();
  const { locale } = useLocale();
  const [logging, setLogging] = useState(false);
  const last = entry.lastContact;
  return (
    <li className="card call-card">
      <div className="call-card__head">
        <h2 className="call-card__name">
          <Link to={`/c/${campaignId}/pledges?sponsor=${entry.sponsorId}`}>{entry.name}</Link>
        </h2>
        <p className="call-card__due">{t("followUp.due", { date: formatDate(entry.nextContactOn, locale) })}</p>
      </div>
      {(entry.contactName || entry.contactEmail) && (
        <p className="call-card__contact">
          {entry.contactName}
          {entry.contactName && entry.contactEmail && " · "}
          {entry.contactEmail && <a href={`mailto:${entry.contactEmail}`}>{entry.contactEmail}</a>}
        </p>
      )}
      <p className="muted small">
        {last
          ? t("followUp.last", { date: formatDate(last.at, locale), channel: t(`followUp.channel.${last.channel}`) })
          : t("followUp.last.none")}
        {last?.note && <q className="call-card__note">{last.note}</q>}
      </p>
      {entry.openIntents.length > 0 && (
        <div className="call-card__intents">
          <p className="small">{t("followUp.intents", { amount: formatEuro(entry.openIntentCents, locale) })}</p>
          <ul>
            {entry.openIntents.map((p) => (
              <li key={p.pledgeId}>
                <Link to={`/c/${campaignId}/pledges/${p.pledgeId}`}>{p.reference ?? `#${p.pledgeId}`}</Link>{" "}
                {formatEuro(p.amountCents, locale)} · {formatDate(p.pledgedAt, locale)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {logging ? (
        <ContactForm sponsorId={entry.sponsorId} today={today} onDone={() => setLogging(false)} />
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setLogging(true)}>
          {t("followUp.log.open")}
        </button>
      )}
    </li>
  );
}

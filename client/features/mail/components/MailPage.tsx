// /c/:campaignId/mail, "E-Mail": the campaign's outbox, newest first: state, recipient,
// subject and, for refused mail, the server's reason; and whether sending is set up at all.
import { ListFooter } from "../../../components/ListFooter";
import { EmptyState, ErrorState, Loading } from "../../../components/States";
import { useCampaignId } from "../../../lib/campaigns";
import { formatInstant } from "../../../lib/format";
import { pluralOf, useLocale, useT } from "../../../lib/i18n";
import { useCampaignPageTitle } from "../../../lib/usePageTitle";
import { type MailItem, useMailList } from "../api/mail";
import { mailKindLabel } from "../kindLabels";

export function MailPage() {
  const t = useT();
  const campaignId = useCampaignId();
  const list = useMailList(campaignId);
  useCampaignPageTitle(t("mail.title"));
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const sendingOff = list.data?.pages[0]?.sending === "off";
  return (
    <>
      <div className="page__header">
        <div>
          <h1>{t("mail.title")}</h1>
          <p className="page__meta">{t("mail.intro")}</p>
        </div>
      </div>
      {sendingOff && (
        <p className="alert" role="status" data-testid="mail-sending-off">
          {t("mail.sendingOff")}
        </p>
      )}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} message={t("mail.loadFailed")} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t("mail.empty")}>{t("mail.empty.hint")}</EmptyState>
      ) : (
        <>
          <table className="table" data-testid="mail-table">
            <caption className="visually-hidden">{t("mail.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("mail.col.status")}</th>
                <th scope="col">{t("mail.col.to")}</th>
                <th scope="col">{t("mail.col.subject")}</th>
                <th scope="col">{t("mail.col.when")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((mail) => (
                <MailRow key={mail.id} mail={mail} />
              ))}
            </tbody>
          </table>
          <ListFooter
            shownText={t(`mail.shown.${pluralOf(items.length)}`, { count: String(items.length) })}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </>
      )}
    </>
  );
}

function MailRow({ mail }: { mail: MailItem }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <tr>
      <td>
        {t(`mail.status.${mail.status}`)}
        {mail.error && <div className="muted small">{mail.error}</div>}
      </td>
      <td>{mail.to}</td>
      <td>
        {mail.subject}
        <div className="muted small">{mailKindLabel(mail.kind, t)}</div>
      </td>
      <td>{formatInstant(mail.sentAt ?? mail.createdAt, locale)}</td>
    </tr>
  );
}

// /c/:campaignId/payments, "Zahlungen": money in from the bank. Read a statement (camt.053,
// MT940, bank CSV), see what was booked at once, resolve what waits for review, and download
// every payment for the treasurer. Organisers and admins.
import { useCampaignId } from "../../../lib/campaigns";
import { todayInBerlin } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { useCampaignPageTitle } from "../../../lib/usePageTitle";
import { ReviewQueue } from "./ReviewQueue";
import { StatementImport } from "./StatementImport";
import { CampaignDocuments } from "./CampaignDocuments";
import { YearEndReceipts } from "./YearEndReceipts";
import "../payments.css";

export function PaymentsPage() {
  const t = useT();
  const { locale } = useLocale();
  const campaignId = useCampaignId();
  useCampaignPageTitle(t("payments.title"));
  const file = (format: "csv" | "xlsx", fileLocale: string) =>
    `/api/campaigns/${campaignId}/payments.${format}?locale=${fileLocale}`;
  return (
    <>
      <div className="page__header">
        <div>
          <h1>{t("payments.title")}</h1>
          <p className="page__meta">{t("payments.intro")}</p>
        </div>
      </div>
      <div className="payments-grid">
        <StatementImport campaignId={campaignId} />
        <ReviewQueue campaignId={campaignId} />
      </div>
      <YearEndReceipts campaignId={campaignId} thisYear={Number(todayInBerlin().slice(0, 4))} />
      <CampaignDocuments campaignId={campaignId} />
      <div role="group" aria-label={t("payments.export")} className="small">
        {t("export.label")}{" "}
        <a href={file("csv", "de")} download title={t("export.csvGerman.title")}>
          {t("export.csvGerman")}
        </a>
        {" · "}
        <a href={file("csv", "en")} download title={t("export.csv.title")}>
          {t("export.csv")}
        </a>
        {" · "}
        <a href={file("xlsx", locale)} download>
          {t("export.xlsx")}
        </a>
      </div>
    </>
  );
}

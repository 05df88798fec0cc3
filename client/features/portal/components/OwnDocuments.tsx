// "Ihre Belege": the sponsor's receipts and invoices, each downloadable as issued.
import { DocumentTable } from "../../../components/DocumentTable";
import { ErrorState, Loading } from "../../../components/States";
import { useT } from "../../../lib/i18n";
import { useOwnDocuments } from "../api/documents";

export function OwnDocuments() {
  const t = useT();
  const documents = useOwnDocuments();
  return (
    <section className="card" aria-labelledby="portal-documents-title" data-testid="portal-documents">
      <h2 id="portal-documents-title" className="card__title">
        {t("portal.documents.title")}
      </h2>
      {documents.isPending ? (
        <Loading />
      ) : documents.isError ? (
        <ErrorState error={documents.error} message={t("documents.error")} onRetry={() => documents.refetch()} />
      ) : documents.data.length === 0 ? (
        <p className="muted">{t("portal.documents.none")}</p>
      ) : (
        <DocumentTable documents={documents.data} testId="portal-documents-table" />
      )}
    </section>
  );
}

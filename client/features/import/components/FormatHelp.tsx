// The import format on the page: the columns with their German and English headers, what
// each holds, and an example as German Excel saves it. German codes and the German example
// are marked lang="de": they are what the file may hold, not text in the page's language.
import { useId } from "react";
import {
  COLUMNS,
  GERMAN_HEADERS,
  GERMAN_KINDS,
  GERMAN_STATUSES,
  GERMAN_TYPES,
  type Column,
} from "../../../../server/domain/importFormat";
import { useLocale, useT } from "../../../lib/i18n";

/** The German names a column also takes; the German text of the column lists them already. */
const GERMAN_CODES: Partial<Record<Column, Record<string, string>>> = {
  kind: GERMAN_KINDS,
  type: GERMAN_TYPES,
  status: GERMAN_STATUSES,
};

const EXAMPLE = [
  "Name;Art;Land;Betrag;Typ;Status;Datum;Notiz",
  "Aachener Druck GmbH;Unternehmen;DE;15.000,00;Geld;Zugesagt;02.05.2016;",
  "Université de Liège;Wissenschaft;BE;2.500,50;Sachleistung;Zugesagt;03.05.2016;Laborzeit",
  "StädteRegion Aachen;Öffentliche Hand;DE;15.000;Geld;Absicht;04.05.2016;5.000 € pro Jahr",
  "Maastricht Tech BV;Unternehmen;NL;7.500;Geld;Bezahlt;06.05.2016;",
].join("\n");

export function FormatHelp() {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  return (
    <section className="card import-format" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t("import.format.title")}
      </h2>
      <p>{t("import.format.intro")}</p>
      <div className="table-wrap">
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t("import.format.column")}</th>
              <th scope="col">{t("import.format.english")}</th>
              <th scope="col">{t("import.format.values")}</th>
            </tr>
          </thead>
          <tbody>
            {COLUMNS.map((column) => (
              <tr key={column}>
                <th scope="row" lang="de">
                  {GERMAN_HEADERS[column]}
                </th>
                <td>
                  <code>{column}</code>
                </td>
                <td>
                  {t(`import.format.${column}`)}
                  {locale !== "de" && GERMAN_CODES[column] && (
                    <>
                      {" "}
                      <span lang="de">({Object.values(GERMAN_CODES[column]).join(", ")})</span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="subsection-title">{t("import.format.example")}</h3>
      <pre className="code-block" lang="de">
        {EXAMPLE}
      </pre>
      <p className="muted small">{t("import.format.rules")}</p>
    </section>
  );
}

// The import format on the page: the columns with their German and English headers, what
// each holds, and an example as German Excel saves it.
import { useId } from "react";
import { COLUMNS, GERMAN_HEADERS } from "../../../../server/import/format";
import { useT } from "../../../lib/i18n";

const EXAMPLE = [
  "Name;Art;Land;Betrag;Typ;Status;Datum;Notiz",
  "Aachener Druck GmbH;Unternehmen;DE;15.000,00;Geld;Zugesagt;02.05.2016;",
  "Université de Liège;Wissenschaft;BE;2.500,50;Sachleistung;Zugesagt;03.05.2016;Laborzeit",
  "StädteRegion Aachen;Öffentliche Hand;DE;15.000;Geld;Absicht;04.05.2016;5.000 € pro Jahr",
  "Maastricht Tech BV;Unternehmen;NL;7.500;Geld;Bezahlt;06.05.2016;",
].join("\n");

export function FormatHelp() {
  const t = useT();
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
                <th scope="row">{GERMAN_HEADERS[column]}</th>
                <td>
                  <code>{column}</code>
                </td>
                <td>{t(`import.format.${column}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="subsection-title">{t("import.format.example")}</h3>
      <pre className="code-block">{EXAMPLE}</pre>
      <p className="muted small">{t("import.format.rules")}</p>
    </section>
  );
}

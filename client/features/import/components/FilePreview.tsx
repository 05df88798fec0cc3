// The first lines of a chosen CSV as a table (split on the client, for a look only), or for
// an .xlsx its name and size: the dry run shows what the server reads.
import { useEffect, useState } from "react";
import { foldLabel, HEADER_OF } from "../../../../server/domain/importFormat";
import { formatNumber } from "../../../lib/format";
import { pluralOf, useLocale, useT } from "../../../lib/i18n";
import { decodeCsv, previewCsv, type Preview } from "../preview";

export function FilePreview({ file }: { file: File }) {
  const t = useT();
  const { locale } = useLocale();
  const isCsv = /\.csv$/i.test(file.name);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [unreadable, setUnreadable] = useState(false);

  useEffect(() => {
    if (!isCsv) return;
    let current = true;
    setPreview(null);
    setUnreadable(false);
    file.arrayBuffer().then(
      (bytes) => current && setPreview(previewCsv(decodeCsv(bytes))),
      () => current && setUnreadable(true),
    );
    return () => {
      current = false;
    };
  }, [file, isCsv]);

  if (!isCsv) return <p className="muted">{t("import.preview.xlsx")}</p>;
  if (unreadable) return <p className="field__error">{t("import.unreadable")}</p>;
  if (!preview) return null;
  return (
    <div className="import-preview">
      <p className="muted small">
        {t(`import.preview.lines.${pluralOf(preview.lineCount)}`, { count: formatNumber(preview.lineCount, locale) })} ·{" "}
        {t("import.preview.separator", { separator: preview.separator })}
      </p>
      <div className="table-wrap">
        <table className="table table--compact">
          <caption className="visually-hidden">{t("import.preview.caption")}</caption>
          <thead>
            <tr>
              {preview.header.map((cell, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a column is its position in the file
                <th key={i} scope="col">
                  {cell}
                  {cell !== "" && !HEADER_OF.has(foldLabel(cell)) && (
                    <span className="import-preview__ignored"> ({t("import.preview.unknownColumn")})</span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, r) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a preview row is its position in the file, and the list never reorders
              <tr key={r}>
                {row.map((cell, c) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a cell is its column
                  <td key={c}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

// Errors or warnings of an import, one a row: line, field, message. Messages come from the
// catalogue by the problem's code (the server's message is English, for scripts).
import { GERMAN_HEADERS, type Column } from "../../../../server/domain/importFormat";
import { formatNumber } from "../../../lib/format";
import { useLocale, useT, type Translate } from "../../../lib/i18n";
import { SPONSOR_KINDS } from "../../../lib/codes";
import type { ImportError, ImportWarning } from "../api/upload";

/** A table of 10,000 rows helps nobody: the first ones show what to fix. */
const SHOWN = 500;

export function ProblemTable({
  problems,
  caption,
  testId,
}: {
  problems: (ImportError | ImportWarning)[];
  caption: string;
  testId: string;
}) {
  const t = useT();
  const { locale } = useLocale();
  const shown = problems.slice(0, SHOWN);
  return (
    <div className="table-wrap" data-testid={testId}>
      <table className="table table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("import.col.line")}</th>
            <th scope="col">{t("import.col.field")}</th>
            <th scope="col">{t("import.col.message")}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one line may have several problems on one field; the list is fixed per run
            <tr key={i}>
              <td className="nowrap">{formatNumber(p.line, locale)}</td>
              <td className="nowrap">{fieldLabel(p.field, locale === "de", t)}</td>
              <td>{messageOf(p, locale === "de", t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > SHOWN && (
        <p className="muted small import-more">
          {t("import.errors.more", { count: formatNumber(problems.length - SHOWN, locale) })}
        </p>
      )}
    </div>
  );
}

const isColumn = (field: string): field is Column => Object.hasOwn(GERMAN_HEADERS, field);

/** A column by the header a German (or English) file gives it; `file` and `row` translated. */
function fieldLabel(field: string, german: boolean, t: Translate): string {
  if (field === "file") return t("import.field.file");
  if (field === "row") return t("import.field.row");
  if (isColumn(field)) return german ? GERMAN_HEADERS[field] : field;
  return field;
}

function messageOf(p: ImportError | ImportWarning, german: boolean, t: Translate): string {
  const kind = SPONSOR_KINDS.find((k) => k === p.value);
  const value = p.code === "kind_differs" && kind ? t(`sponsorKind.${kind}`) : (p.value ?? "");
  return t(`import.problem.${p.code}`, { value, field: fieldLabel(p.field, german, t) });
}

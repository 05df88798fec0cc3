// Above the sponsors table: the search, kind and country filters, and the sort order.
import { useId } from "react";
import { NAMED_COUNTRIES, SPONSOR_KINDS, type SponsorKind } from "../../../lib/codes";
import { useT } from "../../../lib/i18n";
import type { SponsorSort } from "../api/sponsors";

export interface ToolbarValues {
  search: string;
  kind: SponsorKind | "";
  country: string;
  sort: SponsorSort;
}

const SORTS: SponsorSort[] = ["name", "binding_desc", "newest"];

export function SponsorToolbar({
  values,
  onChange,
}: {
  values: ToolbarValues;
  onChange: (values: ToolbarValues) => void;
}) {
  const t = useT();
  const id = useId();
  const set = <K extends keyof ToolbarValues>(key: K, value: ToolbarValues[K]) => onChange({ ...values, [key]: value });
  return (
    <>
      <div className="toolbar__field toolbar__field--grow">
        <label htmlFor={`${id}-search`}>{t("sponsors.search")}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={values.search}
          placeholder={t("sponsors.search.placeholder")}
          onChange={(e) => set("search", e.target.value)}
        />
      </div>
      <div className="toolbar__field">
        <label htmlFor={`${id}-kind`}>{t("sponsors.filter.kind")}</label>
        <select id={`${id}-kind`} value={values.kind} onChange={(e) => set("kind", e.target.value as SponsorKind | "")}>
          <option value="">{t("sponsors.filter.allKinds")}</option>
          {SPONSOR_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`sponsorKind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__field">
        <label htmlFor={`${id}-country`}>{t("sponsors.filter.country")}</label>
        <select id={`${id}-country`} value={values.country} onChange={(e) => set("country", e.target.value)}>
          <option value="">{t("sponsors.filter.allCountries")}</option>
          {NAMED_COUNTRIES.map((code) => (
            <option key={code} value={code}>
              {t(`country.${code}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__field">
        <label htmlFor={`${id}-sort`}>{t("sponsors.sort")}</label>
        <select id={`${id}-sort`} value={values.sort} onChange={(e) => set("sort", e.target.value as SponsorSort)}>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sponsors.sort.${sort}`)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

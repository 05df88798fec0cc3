// The list's toolbar: status, sponsor kind, country, "overdue only", a search by sponsor name
// and the order. The page keeps the values in the URL; the search is typed here and handed
// on once typing pauses, so the list is not refetched on every key.
import { useEffect, useId, useState } from "react";
import { CheckboxField } from "../../../components/Field";
import { NAMED_COUNTRIES, PLEDGE_STATUSES, SPONSOR_KINDS } from "../../../lib/codes";
import { useT } from "../../../lib/i18n";
import { useDebounced } from "../../../lib/useDebounced";
import { countryCodeOf, isFiltered, NO_FILTERS, PLEDGE_SORTS, type PledgeFilters } from "../filters";

interface PledgeFilterBarProps {
  filters: PledgeFilters;
  onChange: (filters: PledgeFilters) => void;
}

const OTHER = "other";
const isNamed = (country: string | undefined) => NAMED_COUNTRIES.some((c) => c === country);

export function PledgeFilterBar({ filters, onChange }: PledgeFilterBarProps) {
  const t = useT();
  const id = useId();
  const set = (change: Partial<PledgeFilters>) => onChange({ ...filters, ...change });

  const [search, setSearch] = useState(filters.search);
  const settled = useDebounced(search, 300);
  // Only a settled change of the typed text is news; the other filters are read as they are then.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the settled text triggers; the filters are read as they are then
  useEffect(() => void (settled.trim() !== filters.search.trim() && set({ search: settled })), [settled]);
  // A search changed from outside (reset, back button, a link) replaces what was typed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a search changed from outside triggers
  useEffect(() => void (settled.trim() !== filters.search.trim() && setSearch(filters.search)), [filters.search]);

  // "Anderes Land" shows a code field; until two letters are typed, no country is filtered.
  const [otherCountry, setOtherCountry] = useState(filters.country && !isNamed(filters.country) ? filters.country : "");
  const [otherOpen, setOtherOpen] = useState(Boolean(filters.country && !isNamed(filters.country)));
  const countryChoice = otherOpen ? OTHER : (filters.country ?? "");
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the country filter only; the typed code is read as it is then
  useEffect(() => {
    if (filters.country && !isNamed(filters.country)) {
      setOtherOpen(true);
      setOtherCountry(filters.country);
    } else if (!filters.country && countryCodeOf(otherCountry)) {
      setOtherOpen(false);
      setOtherCountry("");
    }
  }, [filters.country]);
  const chooseCountry = (value: string) => {
    setOtherOpen(value === OTHER);
    set({ country: value === OTHER ? countryCodeOf(otherCountry) : value || undefined });
  };
  const typeCountry = (value: string) => {
    setOtherCountry(value);
    if (countryCodeOf(value) !== filters.country) set({ country: countryCodeOf(value) });
  };

  const reset = () => {
    setSearch("");
    setOtherCountry("");
    setOtherOpen(false);
    onChange({ ...NO_FILTERS, sort: filters.sort });
  };

  return (
    <div className="toolbar pledge-filters" role="search" aria-label={t("pledges.filters")}>
      <div className="toolbar__field pledge-filters__search">
        <label htmlFor={`${id}-search`}>{t("pledges.filter.search")}</label>
        <input
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          maxLength={200}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      <div className="toolbar__field">
        <label htmlFor={`${id}-status`}>{t("pledges.filter")}</label>
        <select
          id={`${id}-status`}
          value={filters.status ?? ""}
          onChange={(e) => set({ status: PLEDGE_STATUSES.find((s) => s === e.target.value) })}
        >
          <option value="">{t("pledges.filter.all")}</option>
          {PLEDGE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`pledgeStatus.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__field">
        <label htmlFor={`${id}-kind`}>{t("pledges.filter.kind")}</label>
        <select
          id={`${id}-kind`}
          value={filters.kind ?? ""}
          onChange={(e) => set({ kind: SPONSOR_KINDS.find((k) => k === e.target.value) })}
        >
          <option value="">{t("pledges.filter.all")}</option>
          {SPONSOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`sponsorKind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__field">
        <label htmlFor={`${id}-country`}>{t("pledges.filter.country")}</label>
        <select id={`${id}-country`} value={countryChoice} onChange={(e) => chooseCountry(e.target.value)}>
          <option value="">{t("pledges.filter.all")}</option>
          {NAMED_COUNTRIES.map((c) => (
            <option key={c} value={c}>
              {t(`country.${c}`)}
            </option>
          ))}
          <option value={OTHER}>{t("pledges.filter.countryOther")}</option>
        </select>
      </div>
      {otherOpen && (
        <div className="toolbar__field pledge-filters__code">
          <label htmlFor={`${id}-code`}>{t("pledges.filter.countryCode")}</label>
          <input
            id={`${id}-code`}
            autoComplete="off"
            maxLength={2}
            placeholder="FR"
            value={otherCountry}
            onChange={(e) => typeCountry(e.target.value)}
          />
        </div>
      )}
      <div className="toolbar__field">
        <label htmlFor={`${id}-sort`}>{t("pledges.filter.sort")}</label>
        <select
          id={`${id}-sort`}
          value={filters.sort}
          onChange={(e) => set({ sort: PLEDGE_SORTS.find((s) => s === e.target.value) ?? "newest" })}
        >
          {PLEDGE_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`pledges.sort.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <CheckboxField
        label={t("pledges.filter.overdue")}
        checked={filters.overdue}
        onChange={(checked) => set({ overdue: checked })}
      />
      {(isFiltered(filters) || search.trim() !== "") && (
        <button type="button" className="button button--secondary" onClick={reset}>
          {t("pledges.filter.reset")}
        </button>
      )}
    </div>
  );
}

// Choosing the pledge a bank credit belongs to: type part of the sponsor's name, pick one of
// its confirmed pledges (reference, sponsor, what is open). A pledge that cannot take the
// amount is shown but not offered.
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { formatEuro } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { useDebounced } from "../../../lib/useDebounced";
import { useTRPC } from "../../../lib/trpc";

interface PledgePickerProps {
  campaignId: number;
  amountCents: number;
  /** The pledge chosen, with its reference (for the message that it was booked). */
  onPick: (pledgeId: number, reference: string) => void;
  disabled: boolean;
}

export function PledgePicker({ campaignId, amountCents, onPick, disabled }: PledgePickerProps) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const id = useId();
  const [search, setSearch] = useState("");
  const [chosen, setChosen] = useState("");
  const term = useDebounced(search.trim(), 250);
  const found = useQuery(
    trpc.pledge.list.queryOptions(
      { campaignId, status: "confirmed", search: term, limit: 20 },
      { enabled: term.length >= 2 },
    ),
  );
  const pledges = found.data?.items ?? [];
  return (
    <div className="pledge-picker">
      <div className="field">
        <label htmlFor={`${id}-search`}>{t("payments.assign.search")}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={search}
          disabled={disabled}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      {term.length >= 2 && (
        <div className="field">
          <label htmlFor={`${id}-pledge`}>{t("payments.assign.pledge")}</label>
          <select id={`${id}-pledge`} value={chosen} disabled={disabled} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{pledges.length === 0 ? t("payments.assign.none") : t("payments.assign.choose")}</option>
            {pledges.map((p) => {
              const open = p.amountCents - p.receivedCents;
              return (
                <option key={p.id} value={p.id} disabled={open < amountCents}>
                  {`${p.reference ?? p.id} · ${p.sponsorName} · ${t("payments.assign.open", { amount: formatEuro(open, locale) })}`}
                </option>
              );
            })}
          </select>
        </div>
      )}
      <button
        type="button"
        className="button button--secondary"
        disabled={disabled || chosen === ""}
        onClick={() => {
          const pledge = pledges.find((p) => p.id === Number(chosen));
          if (pledge) onPick(pledge.id, pledge.reference ?? `#${pledge.id}`);
        }}
      >
        {t("payments.assign.toChosen")}
      </button>
    </div>
  );
}

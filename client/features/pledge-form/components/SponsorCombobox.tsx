// Search-as-you-type over the campaign's sponsors (ARIA combobox with a listbox): arrow
// keys move through the matches, Enter or a click picks one, Escape closes the list.
// Typing again drops the pick, so what the field shows is always what will be sent.
import { useId, useState, type KeyboardEvent } from "react";
import { Field } from "../../../components/Field";
import { pluralOf, useT } from "../../../lib/i18n";
import { useDebounced } from "../../../lib/useDebounced";
import { useSponsorSearch, type SponsorItem } from "../api/form";
import type { SponsorChoice } from "../formModel";

interface SponsorComboboxProps {
  campaignId: number;
  label: string;
  hint: string;
  error?: string;
  text: string;
  selected: SponsorChoice | null;
  onChange: (text: string, selected: SponsorChoice | null) => void;
  /** Shown when nothing matches; without it no match is fine (a free-text name). */
  emptyText?: string;
}

export function SponsorCombobox({
  campaignId,
  label,
  hint,
  error,
  text,
  selected,
  onChange,
  emptyText,
}: SponsorComboboxProps) {
  const t = useT();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = useDebounced(text);
  const results = useSponsorSearch(campaignId, search, open);
  // Only matches for what the field shows now: while typing settles, older matches are hidden,
  // so a quick pick never lands on a sponsor found for an earlier text.
  const current = search === text && !results.isPlaceholderData;
  const items = current ? (results.data?.items ?? []) : [];
  const shown = open && (items.length > 0 || (current && results.isFetched));

  const pick = (item: SponsorItem) => {
    onChange(item.name, { id: item.id, name: item.name });
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (items.length === 0 ? -1 : (i + step + items.length) % items.length));
    } else if (event.key === "Enter" && open && active >= 0 && items[active]) {
      event.preventDefault();
      pick(items[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  };
  const status =
    !current || (results.isFetching && items.length === 0)
      ? t("form.sponsor.searching")
      : t(`form.sponsor.results.${pluralOf(items.length)}`, { count: items.length });

  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <div className="combobox">
          <input
            {...control}
            type="text"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={shown}
            aria-controls={listId}
            aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
            placeholder={t("form.sponsor.placeholder")}
            value={text}
            onChange={(e) => {
              onChange(e.target.value, null);
              setOpen(true);
              setActive(-1);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
            className={selected ? "combobox__input combobox__input--selected" : "combobox__input"}
          />
          {/* tabIndex -1: Chromium makes a scrolling list a Tab stop, and leaving the input closes it, which dropped the focus on <body>. */}
          <ul
            id={listId}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA combobox pattern: a listbox the input drives through aria-activedescendant
            role="listbox"
            aria-label={t("form.sponsor.suggestions")}
            className="combobox__list"
            hidden={!shown || items.length === 0}
            tabIndex={-1}
          >
            {items.map((item, index) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: options are chosen with the arrow keys in the input (aria-activedescendant)
              // biome-ignore lint/a11y/useFocusableInteractive: the focus stays in the input, which points at the active option
              <li
                key={item.id}
                id={`${listId}-${index}`}
                // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the combobox's listbox
                role="option"
                aria-selected={index === active}
                className={index === active ? "combobox__option combobox__option--active" : "combobox__option"}
                // mousedown would blur the input and close the list before the click lands
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(item)}
              >
                <span className="combobox__name">{item.name}</span>
                <span className="combobox__meta">
                  {t(`sponsorKind.${item.kind}`)} · {item.country}
                </span>
              </li>
            ))}
          </ul>
          {shown && (
            <p className="visually-hidden" aria-live="polite">
              {status}
            </p>
          )}
          {emptyText && shown && items.length === 0 && <p className="combobox__empty">{emptyText}</p>}
        </div>
      )}
    </Field>
  );
}

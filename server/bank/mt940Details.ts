// Field :86: of an MT940 statement line as German banks fill it (DFÜ-Abkommen Anlage 3):
// a three-digit business code, then subfields `?NN`: ?00 booking text, ?10 primanota,
// ?20–?29 and ?60–?63 remittance lines, ?30 bank code or BIC, ?31 account number or IBAN,
// ?32–?33 the counterparty's name, ?34 a text key. A field without `?` is free text.

export interface Mt940Details {
  bookingText: string | null;
  lines: string[];
  name: string | null;
  account: string | null;
}

/** Remittance subfields in order: ?20…?29, then ?60…?63. */
const isRemittance = (code: number) => (code >= 20 && code <= 29) || (code >= 60 && code <= 63);

/**
 * `field` is the :86: content with its physical lines joined without a separator: MT940 wraps
 * at 65 characters wherever it likes, even between a `?` and its code.
 */
export function readDetails(field: string): Mt940Details {
  if (!/^\d{3}\?\d\d/.test(field))
    return { bookingText: null, lines: field.trim() ? [field.trim()] : [], name: null, account: null };
  const subfields = new Map<number, string>();
  const marker = /\?(\d\d)/g;
  const starts = [...field.matchAll(marker)];
  starts.forEach((match, i) => {
    const from = (match.index ?? 0) + 3;
    const to = i + 1 < starts.length ? (starts[i + 1].index ?? field.length) : field.length;
    const code = Number(match[1]);
    // A repeated code (seen in the wild) continues the subfield rather than replacing it.
    subfields.set(code, (subfields.get(code) ?? "") + field.slice(from, to));
  });
  const codes = [...subfields.keys()].sort((a, b) => a - b);
  const name = `${subfields.get(32) ?? ""}${subfields.get(33) ?? ""}`.trim();
  return {
    bookingText: subfields.get(0)?.trim() || null,
    lines: codes.filter(isRemittance).map((code) => subfields.get(code) ?? ""),
    name: name || null,
    account: subfields.get(31)?.trim() || null,
  };
}

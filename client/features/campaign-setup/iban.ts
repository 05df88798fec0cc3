// An IBAN as people read it: in groups of four ("DE89 3704 0044 0532 0130 00"). The server
// stores the electronic form and accepts spaces, so the field may show it grouped.
export function groupIban(text: string): string {
  const compact = text.replace(/\s+/g, "").toUpperCase();
  return compact.replace(/(.{4})(?=.)/g, "$1 ");
}

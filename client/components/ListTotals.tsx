// What the whole filter holds, all pages: "128 Zusagen · 1.234.567,89 €". From the server's
// `totals`, not from the rows loaded so far.
export function ListTotals({ text }: { text: string }) {
  return (
    <p className="list-totals" data-testid="list-totals" aria-live="polite">
      {text}
    </p>
  );
}

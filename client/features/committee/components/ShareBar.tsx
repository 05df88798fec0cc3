/** A thin bar with its percentage as text beside it (the bar itself is decoration). */
export function ShareBar({ percent, label }: { percent: number; label: string }) {
  return (
    <span className="share-bar">
      <span className="share-bar__track" aria-hidden="true">
        <span className="share-bar__fill" style={{ width: `${Math.min(Math.max(percent, 0), 100)}%` }} />
      </span>
      <span className="share-bar__label">{label}</span>
    </span>
  );
}

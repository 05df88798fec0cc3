// Under a paged list: how many rows are shown, and "Mehr laden" while there are more.
import { useT } from "../lib/i18n";

interface ListFooterProps {
  shownText: string;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

export function ListFooter({ shownText, hasMore, loadingMore, onLoadMore }: ListFooterProps) {
  const t = useT();
  return (
    <div className="list-footer">
      <p className="muted small" aria-live="polite">
        {shownText}
      </p>
      {hasMore && (
        <button type="button" className="button button--secondary" disabled={loadingMore} onClick={onLoadMore}>
          {loadingMore ? t("pledges.loadingMore") : t("pledges.loadMore")}
        </button>
      )}
    </div>
  );
}

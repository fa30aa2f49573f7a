/** Cursor paging: the server hands out "next" cursors, so previous pages are remembered on a stack. */
import { useState } from 'react';
import { useT } from '../i18n/admin';
import { Button } from '../ui/Button';

export function useCursorPager() {
  const [stack, setStack] = useState<(string | undefined)[]>([undefined]);
  const cursor = stack[stack.length - 1];
  return {
    cursor,
    page: stack.length,
    next: (nextCursor: string) => setStack((s) => [...s, nextCursor]),
    previous: () => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)),
    reset: () => setStack([undefined]),
  };
}

/** Previous / next for a server-paged list: `nextCursor` null means the last page. */
export function PagerControls({ pager, nextCursor }: { pager: ReturnType<typeof useCursorPager>; nextCursor: string | null }) {
  const t = useT();
  const labels = { previous: t.common.previous, next: t.common.next, page: t.common.page, nav: t.common.pagination };
  const page = pager.page;
  const hasNext = nextCursor !== null;
  const onNext = () => nextCursor !== null && pager.next(nextCursor);
  const onPrevious = pager.previous;
  return (
    <nav className="adm-actions" aria-label={labels.nav}>
      <Button onClick={onPrevious} disabled={page <= 1}>
        {labels.previous}
      </Button>
      <span className="ui-subtle" aria-live="polite">
        {labels.page(page)}
      </span>
      <Button onClick={onNext} disabled={!hasNext} data-testid="next-page">
        {labels.next}
      </Button>
    </nav>
  );
}

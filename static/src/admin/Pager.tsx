/** Cursor paging: the server hands out "next" cursors, so previous pages are remembered on a stack. */
import { useState } from 'react';
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

export function PagerControls({
  page,
  hasNext,
  onNext,
  onPrevious,
  labels,
}: {
  page: number;
  hasNext: boolean;
  onNext: () => void;
  onPrevious: () => void;
  labels: { previous: string; next: string; page: (n: number) => string; nav: string };
}) {
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

import type { ReactNode } from 'react';

/**
 * Horizontal scroll container for wide tables. Focusable and labelled so
 * keyboard users can scroll it (axe: scrollable-region-focusable).
 */
export function TableWrap({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div className={className ? `ui-table-wrap ${className}` : 'ui-table-wrap'} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

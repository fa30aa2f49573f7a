/**
 * A link out of the Forge iframe. It stays a real link (copyable, readable by
 * screen readers) but opens through the host's router, which Custom UI needs.
 */
import { router } from '@forge/bridge';
import type { MouseEvent, ReactNode } from 'react';
import { useUiStrings } from './strings';

export function ExternalLink({ href, children, className, label }: { href: string; children: ReactNode; className?: string; label?: string }) {
  const strings = useUiStrings();
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    router.open(href).catch((error: unknown) => console.warn('link could not be opened', error));
  };
  return (
    <a className={className} href={href} target="_blank" rel="noreferrer" onClick={open}>
      {children}
      <span className="ui-visually-hidden">
        {label ? ` ${label}` : ''} {strings.opensNewTab}
      </span>
    </a>
  );
}

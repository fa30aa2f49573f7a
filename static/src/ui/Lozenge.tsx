/** Atlaskit-style subtle lozenge. The text carries the meaning; colour only supports it. */
import type { ReactNode } from 'react';
import type { Status } from '../../../src/policy/types';
import { useUiStrings } from './strings';

export type LozengeAppearance = 'default' | 'success' | 'removed' | 'inprogress' | 'new' | 'moved';

export function Lozenge({ appearance = 'default', title, children }: { appearance?: LozengeAppearance; title?: string; children: ReactNode }) {
  return (
    <span className={`ui-lozenge ui-lozenge--${appearance}`} title={title}>
      {children}
    </span>
  );
}

const STATUS_APPEARANCE: Record<Status, LozengeAppearance> = { contributing: 'inprogress', 'not-contributing': 'default', pending: 'moved' };

export function StatusLozenge({ status }: { status: Status }) {
  const strings = useUiStrings();
  return <Lozenge appearance={STATUS_APPEARANCE[status]}>{strings.status[status]}</Lozenge>;
}

/** What every admin section shares: the overview, who is looking, and the live region. */
import { createContext, useContext } from 'react';
import type { OverviewData, StatusView } from '../../../src/shared/contract';

export interface AdminContextValue {
  overview: OverviewData;
  /** Fetches the overview again (after writes, or on conflict). */
  reloadOverview: () => Promise<void>;
  /** Replaces the status after a write that returned the new one, without another call. */
  applyStatus: (status: StatusView) => void;
  accountId: string | null;
  /** Reads a message to screen reader users (save results and similar). */
  announce: (message: string) => void;
}

export const AdminContext = createContext<AdminContextValue | null>(null);

export function useAdmin(): AdminContextValue {
  const value = useContext(AdminContext);
  if (!value) throw new Error('useAdmin outside the admin page');
  return value;
}

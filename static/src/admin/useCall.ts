/** Loads one resolver result for a section, with retry. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AdminKey, AdminPayload, AdminResult, ApiError } from '../../../src/shared/contract';
import { callAdmin } from './api';

export type CallState<T> = { phase: 'loading' } | { phase: 'ok'; data: T } | { phase: 'error'; error: ApiError };

export function useCall<K extends AdminKey>(key: K, payload: AdminPayload<K>, enabled = true) {
  const [state, setState] = useState<CallState<AdminResult<K>>>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const payloadKey = JSON.stringify(payload);
  const latest = useRef(0);

  useEffect(() => {
    if (!enabled) return;
    const id = ++latest.current;
    setState({ phase: 'loading' });
    void callAdmin(key, JSON.parse(payloadKey) as AdminPayload<K>).then((result) => {
      // Only the newest request may update the view; older answers arrive late when filters change quickly.
      if (id !== latest.current) return;
      setState(result.ok ? { phase: 'ok', data: result.data } : { phase: 'error', error: result.error });
    });
  }, [key, payloadKey, attempt, enabled]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload, setState };
}

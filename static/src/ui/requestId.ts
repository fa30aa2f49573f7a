/**
 * Idempotency keys for writes: one per user action, repeated when the same action
 * is retried, so a write whose answer was lost is not recorded twice (the server
 * answers a known key with what it already stored).
 */
export function newRequestId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c?.randomUUID) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** The key for an action: the same while `what` stays the same and has not succeeded. */
export function keyedRequestIds() {
  let last: { what: string; id: string } | null = null;
  return {
    for(what: string): string {
      if (!last || last.what !== what) last = { what, id: newRequestId() };
      return last.id;
    },
    done(): void {
      last = null;
    },
  };
}

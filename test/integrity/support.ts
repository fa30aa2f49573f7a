/** Shared helpers for the issue-13 integrity tests. */
import type { KvsPort, TxOp } from '../../src/storage/port';

/** Passes every call to `inner`; tests override what they intercept (usually `transact`). */
export class PassThroughKvs implements KvsPort {
  constructor(protected readonly inner: KvsPort) {}
  get(key: string) {
    return this.inner.get(key);
  }
  getEntity(entity: string, key: string) {
    return this.inner.getEntity(entity, key);
  }
  createEntityIfAbsent(entity: string, key: string, value: Record<string, unknown>) {
    return this.inner.createEntityIfAbsent(entity, key, value);
  }
  queryEntity(query: Parameters<KvsPort['queryEntity']>[0]) {
    return this.inner.queryEntity(query);
  }
  transact(ops: TxOp[]) {
    return this.inner.transact(ops);
  }
}

/**
 * Delegates to a store and, once, runs `hook` just before a transaction whose
 * operations match `when`: another writer lands between the snapshot and the
 * commit, as on a busy site.
 */
export class InterleavingKvs extends PassThroughKvs {
  private pending: { when: (ops: TxOp[]) => boolean; hook: () => Promise<void> } | null = null;
  interleaveOnce(when: (ops: TxOp[]) => boolean, hook: () => Promise<void>): void {
    this.pending = { when, hook };
  }
  override async transact(ops: TxOp[]) {
    const pending = this.pending;
    if (pending && pending.when(ops)) {
      this.pending = null;
      await pending.hook();
    }
    return this.inner.transact(ops);
  }
}

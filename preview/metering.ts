/**
 * Cost instrumentation: function invocations and storage operations per page
 * view. Storage calls are attributed to the invocation that made them through
 * AsyncLocalStorage, so concurrent page views never mix their counts.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityQuery, KvsPort, TxOp } from '../src/storage/port';

export interface StorageCounts {
  /** get + getEntity */
  reads: number;
  /** Transactions and conditional creates: each is one write request on Forge. */
  writeRequests: number;
  /** Individual set/delete operations inside those requests. */
  writtenItems: number;
  queries: number;
}

export interface PageViewMetrics {
  pageViewId: string;
  surface: string;
  invocations: number;
  byFunction: Record<string, number>;
  storage: StorageCounts;
}

export interface MetricsSnapshot {
  totals: { pageViews: number; invocations: number; storage: StorageCounts };
  pageViews: PageViewMetrics[];
}

const emptyCounts = (): StorageCounts => ({ reads: 0, writeRequests: 0, writtenItems: 0, queries: 0 });

/** Page views kept in memory; older ones are summed into the totals only. */
const MAX_PAGE_VIEWS = 500;

export class Meter {
  private readonly current = new AsyncLocalStorage<PageViewMetrics>();
  private pageViews = new Map<string, PageViewMetrics>();
  private totals = { pageViews: 0, invocations: 0, storage: emptyCounts() };
  /** Storage work outside any page view: seeding, the daily check. */
  private readonly background: PageViewMetrics = { pageViewId: 'background', surface: 'background', invocations: 0, byFunction: {}, storage: emptyCounts() };

  /** Registers a page view as soon as the host page renders, so views with zero invocations are counted too. */
  pageView(pageViewId: string, surface: string): PageViewMetrics {
    let entry = this.pageViews.get(pageViewId);
    if (!entry) {
      entry = { pageViewId, surface, invocations: 0, byFunction: {}, storage: emptyCounts() };
      this.pageViews.set(pageViewId, entry);
      this.totals.pageViews++;
      if (this.pageViews.size > MAX_PAGE_VIEWS) {
        const oldest = this.pageViews.keys().next().value;
        if (oldest !== undefined) this.pageViews.delete(oldest);
      }
    }
    return entry;
  }

  /** Runs one resolver invocation, counting it and the storage it touches against its page view. */
  invocation<T>(pageViewId: string, surface: string, functionName: string, run: () => Promise<T>): Promise<T> {
    const entry = this.pageView(pageViewId, surface);
    entry.invocations++;
    entry.byFunction[functionName] = (entry.byFunction[functionName] ?? 0) + 1;
    this.totals.invocations++;
    return this.current.run(entry, run);
  }

  count(kind: keyof StorageCounts, by = 1): void {
    const entry = this.current.getStore() ?? this.background;
    entry.storage[kind] += by;
    this.totals.storage[kind] += by;
  }

  snapshot(): MetricsSnapshot {
    return {
      totals: { ...this.totals, storage: { ...this.totals.storage } },
      pageViews: [...this.pageViews.values()].map((v) => ({ ...v, byFunction: { ...v.byFunction }, storage: { ...v.storage } })),
    };
  }

  reset(): void {
    this.pageViews = new Map();
    this.totals = { pageViews: 0, invocations: 0, storage: emptyCounts() };
  }
}

/** Wraps the current storage adapter (reset replaces it) so every call is counted; behaviour is unchanged. */
export function meteredKvs(current: () => KvsPort, meter: Meter): KvsPort {
  return {
    get(key) {
      meter.count('reads');
      return current().get(key);
    },
    getEntity(entity, key) {
      meter.count('reads');
      return current().getEntity(entity, key);
    },
    createEntityIfAbsent(entity, key, value) {
      meter.count('writeRequests');
      meter.count('writtenItems');
      return current().createEntityIfAbsent(entity, key, value);
    },
    transact(ops: TxOp[]) {
      meter.count('writeRequests');
      meter.count('writtenItems', ops.filter((op) => op.op !== 'check').length);
      return current().transact(ops);
    },
    queryEntity(query: EntityQuery) {
      meter.count('queries');
      return current().queryEntity(query);
    },
  };
}

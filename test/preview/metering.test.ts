/** The preview's cost counters: per page view, attributed through async calls, never mixed between views. */
import { Meter, meteredKvs } from '../../preview/metering';
import { MemoryKvs } from '../../src/storage/memory';

describe('Meter', () => {
  it('counts invocations and the storage they touch against their own page view', async () => {
    const meter = new Meter();
    const kvs = meteredKvs(() => new MemoryKvs(), meter);
    meter.pageView('pv-idle', 'confluence-page');
    await Promise.all([
      meter.invocation('pv-a', 'confluence-page', 'getNotice', async () => {
        await kvs.get('notice');
        await new Promise((resolve) => setImmediate(resolve));
        await kvs.get('other');
      }),
      meter.invocation('pv-b', 'jira-admin', 'recordEvents', async () => {
        await kvs.transact([
          { op: 'set', key: 'a', value: 1 },
          { op: 'set', key: 'b', value: 2 },
        ]);
      }),
    ]);
    const snapshot = meter.snapshot();
    const view = (id: string) => snapshot.pageViews.find((v) => v.pageViewId === id);
    expect(view('pv-idle')).toMatchObject({ invocations: 0, storage: { reads: 0, writeRequests: 0 } });
    expect(view('pv-a')).toMatchObject({ invocations: 1, byFunction: { getNotice: 1 }, storage: { reads: 2, writeRequests: 0, queries: 0 } });
    expect(view('pv-b')).toMatchObject({ invocations: 1, storage: { reads: 0, writeRequests: 1, writtenItems: 2 } });
    expect(snapshot.totals).toEqual({ pageViews: 3, invocations: 2, storage: { reads: 2, writeRequests: 1, writtenItems: 2, queries: 0 } });
  });

  it('keeps storage outside page views (seeding, daily check) out of page views, and resets', async () => {
    const meter = new Meter();
    const kvs = meteredKvs(() => new MemoryKvs(), meter);
    await kvs.get('x');
    expect(meter.snapshot().pageViews).toEqual([]);
    expect(meter.snapshot().totals.storage.reads).toBe(1);
    meter.reset();
    expect(meter.snapshot().totals).toEqual({ pageViews: 0, invocations: 0, storage: { reads: 0, writeRequests: 0, writtenItems: 0, queries: 0 } });
  });

  it('reads through to the current store, which a reset may replace', async () => {
    const meter = new Meter();
    let store = new MemoryKvs();
    const kvs = meteredKvs(() => store, meter);
    await kvs.transact([{ op: 'set', key: 'k', value: 'old' }]);
    expect(await kvs.get('k')).toBe('old');
    store = new MemoryKvs();
    expect(await kvs.get('k')).toBeUndefined();
  });
});

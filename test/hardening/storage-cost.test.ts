/**
 * Storage requests per operation, counted on the real handlers (deterministic,
 * no timing): the same budgets `npm run bench` checks in the browser, kept
 * here so a regression fails `npm test` before anyone runs the benchmark.
 */
import { CountingKvs } from '../../fixtures/counting-kvs';
import type { Envelope } from '../../src/shared/contract';
import { loadSnapshot, loadWriteSnapshot } from '../../src/app/writer';
import { createWorld, type ModuleType, type Role, type World } from './support/world';

let counting: CountingKvs;

async function seeded(): Promise<World> {
  const world = createWorld({ wrapStore: (memory) => (counting = new CountingKvs(memory)) });
  const answer = (await world.call(
    'admin',
    'recordEvents',
    {
      changes: [
        { type: 'plan', on: '2026-06-01', product: 'confluence', plan: 'standard' },
        { type: 'scope', on: '2026-07-01', target: { kind: 'space', key: 'C1' }, mode: 'exclude' },
      ],
    },
    'orgAdmin',
    'jira:adminPage',
  )) as Envelope<unknown>;
  expect(answer.ok).toBe(true);
  return world;
}

async function cost(world: World, fn: 'admin' | 'public', key: string, role: Role, moduleType: ModuleType, payload: unknown = {}) {
  counting.reset();
  const answer = (await world.call(fn, key, payload, role, moduleType)) as Envelope<unknown>;
  if (!answer.ok) throw new Error(`${fn}.${key}: ${answer.error.message}`);
  const t = counting.reset();
  return { reads: t.readRequests + t.queryRequests, writes: t.writeRequests };
}

describe('storage requests per operation', () => {
  it.each(['confluence:contentBylineItem', 'confluence:pageBanner', 'jira:issueContext'] as const)(
    'the notice in %s costs exactly one read and no write, even for anonymous viewers',
    async (moduleType) => {
      const world = await seeded();
      for (const role of ['anonymous', 'user', 'spaceAdmin'] as const) {
        expect(await cost(world, 'public', 'getNotice', role, moduleType)).toEqual({ reads: 1, writes: 0 });
      }
    },
  );

  it('the space page status costs one read and no write', async () => {
    const world = await seeded();
    expect(await cost(world, 'public', 'getSpaceStatus', 'user', 'confluence:spacePage')).toEqual({ reads: 1, writes: 0 });
    expect(await cost(world, 'public', 'getSpaceStatus', 'user', 'jira:projectPage')).toEqual({ reads: 1, writes: 0 });
  });

  it('the admin overview reads at most two documents and writes nothing when today is computed', async () => {
    const world = await seeded();
    const overview = await cost(world, 'admin', 'getOverview', 'orgAdmin', 'jira:adminPage');
    expect(overview.writes).toBe(0);
    // status + head + the pseudonym map (history authors are pseudonyms, shown as account IDs)
    expect(overview.reads).toBeLessThanOrEqual(3);
  });

  it('recording a batch is one write request, the profile cache included', async () => {
    const world = await seeded();
    const recorded = await cost(world, 'admin', 'recordEvents', 'orgAdmin', 'jira:adminPage', {
      changes: [{ type: 'setting', on: '2026-09-01', setting: 'inAppData', value: 'off' }],
    });
    expect(recorded.writes).toBe(1);
    // head + one history page + status + 8 notice shards + notice settings + the pseudonym map
    expect(recorded.reads).toBe(13);
  });

  it('a write snapshot costs the same few reads however long the history grows (profile cache)', async () => {
    const world = await seeded();
    for (let b = 0; b < 150; b++) {
      const answer = (await world.call(
        'admin',
        'recordEvents',
        { changes: [{ type: 'scope', on: '2026-07-01', target: { kind: 'space', key: `G${b}` }, mode: 'exclude' }] },
        'orgAdmin',
        'jira:adminPage',
      )) as Envelope<unknown>;
      expect(answer.ok).toBe(true);
    }
    counting.reset();
    const full = await loadSnapshot(world.app.repository);
    const before = counting.reset();
    const cached = await loadWriteSnapshot(world.app.repository);
    const after = counting.reset();
    expect(cached.cacheFresh).toBe(true);
    expect(cached.compiled).toEqual(full.compiled);
    // Every entry: head + 2 history pages (151 entries) + status + 8 shards + settings + pseudonym map; it grows by one read per 100 entries.
    expect(before.readRequests + before.queryRequests).toBe(14);
    // Cached: head + the cache document + status + 8 shards + settings + the pseudonym map, for any length of history.
    expect(after.readRequests + after.queryRequests).toBe(13);
    expect(after.queryRequests).toBe(0);
    expect(after.readBytes).toBeLessThan(before.readBytes);
  });

  it('a duplicate daily check costs three reads (status, head, last personal data report) and no write', async () => {
    const world = await seeded();
    world.clock.advanceDays(1);
    await world.app.dailyCheck();
    counting.reset();
    await world.app.dailyCheck();
    const t = counting.reset();
    expect({ reads: t.readRequests + t.queryRequests, writes: t.writeRequests }).toEqual({ reads: 3, writes: 0 });
  });

  it('a daily check on a day when nothing changed writes only the status document and the head guard', async () => {
    const world = await seeded();
    world.clock.advanceDays(1);
    await world.app.dailyCheck();
    world.clock.advanceDays(1);
    counting.reset();
    await world.app.dailyCheck();
    const t = counting.reset();
    expect(t.writeRequests).toBe(1);
    // One transaction: the status and the head (same seq and hash, new updatedAt) so concurrent writers serialise.
    expect(t.writtenKeys).toEqual(['history-head/head', 'status']);
  });
});

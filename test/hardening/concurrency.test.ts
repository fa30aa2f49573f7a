/**
 * 50 batches recorded at once by several admins, over a store with real
 * transaction semantics (the history head guards every commit; a concurrent
 * commit makes the condition fail and the writer re-reads and retries) and
 * network-like interleaving. No event may be lost or duplicated, the chain
 * must verify, and the status document must equal a fresh evaluation.
 */
import { compile } from '../../src/app/compile';
import { compactEvaluation } from '../../src/app/derive';
import { evaluate } from '../../src/policy/engine';
import type { ProfileEvent } from '../../src/policy/profile';
import type { Envelope, RecordData } from '../../src/shared/contract';
import { spaceKeyHash, unpackByHash } from '../../src/storage/space-index';
import { checkStore } from './support/store-check';
import { JitterKvs } from './support/jitter-kvs';
import { createWorld, type ModuleType, type Role, type World } from './support/world';

const BATCHES = 50;
const ADMINS: ReadonlyArray<[Role, ModuleType]> = [
  ['orgAdmin', 'jira:adminPage'],
  ['otherOrgAdmin', 'confluence:globalSettings'],
  ['orgAdmin', 'confluence:globalSettings'],
  ['otherOrgAdmin', 'jira:adminPage'],
];

/** Batch b: a few scope entries only it declares, so each event can be traced to its batch. */
function batch(b: number): ProfileEvent[] {
  return Array.from({ length: 1 + (b % 7) }, (_, i) => ({
    type: 'scope',
    on: '2026-07-01',
    target: { kind: 'space', key: `B${b}-S${i}` },
    mode: i % 2 ? 'exclude' : 'include',
  }));
}

const record = (world: World, b: number) => {
  const [role, moduleType] = ADMINS[b % ADMINS.length]!;
  return world.call('admin', 'recordEvents', { changes: batch(b) }, role, moduleType) as Promise<Envelope<RecordData>>;
};

function occurrences(world: World): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of checkStore(world.memory).entries) {
    for (const r of entry.records) {
      if (r.kind === 'event' && r.event.type === 'scope') counts.set(r.event.target.key, (counts.get(r.event.target.key) ?? 0) + 1);
    }
  }
  return counts;
}

function expectStatusMatchesFreshEvaluation(world: World): void {
  const { entries, status, headSeq } = checkStore(world.memory);
  if (!status) throw new Error('no status document after recording');
  expect(status.headSeq).toBe(headSeq);
  const fresh = evaluate(compile(entries).profile, { at: status.day });
  // Stored form: space entries live in the shards, the timeline keeps the latest declared changes.
  expect(status.evaluation).toEqual(JSON.parse(JSON.stringify(compactEvaluation(fresh).evaluation)));
  // The notice shards together hold exactly the space entries in effect.
  const snapshot = world.memory.snapshot();
  // Shards hold key hashes (src/storage/space-index.ts), so compare by hash.
  const fromShards = new Map<string, string>();
  for (const [key, value] of Object.entries(snapshot.keys)) {
    if (key.startsWith('notice:'))
      for (const [hash, entry] of unpackByHash((value as { entries: Record<string, string> }).entries)) fromShards.set(hash, entry.mode);
  }
  const expected = new Map(fresh.inAppData.exceptions.filter((e) => e.kind === 'space').map((e) => [spaceKeyHash(e.key), e.mode]));
  expect(Object.fromEntries(fromShards)).toEqual(Object.fromEntries(expected));
}

describe('50 concurrent batches from several admins', () => {
  // The writer's backoff runs on the virtual clock of support/world (virtualCommitPacing): deterministic, no wall-clock waits.
  let world: World;
  const conflicts: number[] = [];

  beforeAll(async () => {
    world = createWorld({ wrapStore: (memory) => new JitterKvs(memory, 7, 2) });
    const seeded = (await world.call(
      'admin',
      'recordEvents',
      { changes: [{ type: 'plan', on: '2026-06-01', product: 'confluence', plan: 'standard' }] },
      'orgAdmin',
      'jira:adminPage',
    )) as { ok: boolean };
    expect(seeded.ok).toBe(true);
  });

  it('answers every batch with success or a CONFLICT asking to retry, and what it acknowledged is stored exactly once', async () => {
    const answers = await Promise.all(Array.from({ length: BATCHES }, (_, b) => record(world, b)));
    const counts = occurrences(world);
    answers.forEach((answer, b) => {
      if (answer.ok) {
        for (const e of batch(b)) expect(counts.get((e as Extract<ProfileEvent, { type: 'scope' }>).target.key)).toBe(1);
      } else {
        expect(answer.error.code).toBe('CONFLICT');
        conflicts.push(b);
        for (const e of batch(b)) expect(counts.get((e as Extract<ProfileEvent, { type: 'scope' }>).target.key)).toBeUndefined();
      }
    });
    // The writer backs off with jitter between attempts: the contention resolves without any admin retrying.
    expect(conflicts).toEqual([]);
    console.log(
      `concurrency: ${BATCHES - conflicts.length} of ${BATCHES} batches committed at the first call; ${conflicts.length} answered CONFLICT after the writer's retries`,
    );
  });

  it('after admins retry what was refused, every event is stored exactly once', async () => {
    let pending = [...conflicts];
    for (let round = 0; pending.length > 0 && round < 20; round++) {
      const answers = await Promise.all(pending.map((b) => record(world, b)));
      pending = pending.filter((_, i) => !answers[i]!.ok);
    }
    expect(pending).toEqual([]);
    const counts = occurrences(world);
    const expected = Array.from({ length: BATCHES }, (_, b) => batch(b)).flat().length;
    expect(counts.size).toBe(expected);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('leaves a verified chain and a status document equal to a fresh evaluation', async () => {
    const verified = (await world.call('admin', 'verifyHistory', {}, 'orgAdmin', 'jira:adminPage')) as Envelope<{ intact: boolean }>;
    expect(verified.ok && verified.data.intact).toBe(true);
    expectStatusMatchesFreshEvaluation(world);
  });

  it('a concurrent daily check and notice settings change do not lose a batch either', async () => {
    world.clock.advanceDays(1);
    const extra = Array.from({ length: 10 }, (_, i) => BATCHES + i);
    const results = await Promise.all([
      ...extra.map((b) => record(world, b)),
      world.app.dailyCheck().then(() => ({ ok: true })),
      world.call(
        'admin',
        'saveNoticeSettings',
        { settings: { notice: 'everywhere', banner: 'contributed-only', text: {} } },
        'otherOrgAdmin',
        'jira:adminPage',
      ),
    ]);
    let pending = extra.filter((_, i) => !(results[i] as { ok: boolean }).ok);
    for (let round = 0; pending.length > 0 && round < 20; round++) {
      const answers = await Promise.all(pending.map((b) => record(world, b)));
      pending = pending.filter((_, i) => !answers[i]!.ok);
    }
    const counts = occurrences(world);
    for (const b of extra) for (const e of batch(b)) expect(counts.get((e as Extract<ProfileEvent, { type: 'scope' }>).target.key)).toBe(1);
    expectStatusMatchesFreshEvaluation(world);
  });
});

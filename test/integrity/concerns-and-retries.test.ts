/**
 * Concerns are part of the chain, and retries store once: the cap of
 * 20 open concerns per space holds under 60 concurrent calls; recordEvents without
 * expectedHeadSeq, attest and raiseConcern retried after a lost answer are stored
 * once (idempotency key); raising, answering and resolving a concern chain its digest.
 */
import { concernDigest } from '../../src/app/integrity';
import type { ConcernDoc } from '../../src/storage/documents';
import { ENTITY } from '../../src/storage/entities';
import { MemoryKvs } from '../../src/storage/memory';
import type { TxOp } from '../../src/storage/port';
import { PassThroughKvs } from './support';
import { KEYS } from '../../src/storage/repository';
import { call, makeWorld, PEOPLE, type World } from '../backend/support/world';
import { virtualCommitPacing } from '../hardening/support/world';

/** Commits, then throws as if the answer was lost on the way back. */
class LosingAnswers extends PassThroughKvs {
  loseNext = 0;
  override async transact(ops: TxOp[]) {
    await this.inner.transact(ops);
    if (this.loseNext > 0) {
      this.loseNext--;
      throw Object.assign(new Error('socket hang up after commit'), { code: 'ETIMEDOUT' });
    }
  }
}

let world: World;
let kvs: LosingAnswers;
beforeEach(async () => {
  const store = new MemoryKvs();
  kvs = new LosingAnswers(store);
  world = makeWorld({ store, kvs });
  world.app.repository.commitRetry = { ...virtualCommitPacing(), maxAttempts: 1 };
  await call(
    world.adminHandler,
    'jiraAdmin',
    'recordEvents',
    { changes: [{ type: 'plan', on: '2026-01-10', product: 'confluence', plan: 'standard' }] },
    PEOPLE.orgAdmin,
  );
});
const admin = (fn: string, payload: unknown) => call(world.adminHandler, 'jiraAdmin', fn, payload, PEOPLE.orgAdmin);
const raise = (payload: Record<string, unknown>) =>
  call(world.publicHandler, 'spacePage', 'raiseConcern', { message: 'Please exclude', ...payload }, PEOPLE.spaceAdmin);
const entries = () => Object.keys(world.store.snapshot().entities[ENTITY.historyEntry] ?? {}).length;
const concerns = () => Object.values(world.store.snapshot().entities[ENTITY.concern] ?? {}) as unknown as ConcernDoc[];

test('finding 7: the cap of 20 open concerns per space holds under 60 concurrent calls', async () => {
  world.app.repository.commitRetry = virtualCommitPacing();
  // Several space admins of DOCS, so the per-person cap is not what stops them.
  const admins = Array.from({ length: 6 }, (_, i) => `acc-docs-admin-${i}`);
  for (const a of admins) world.product.spaceAdmins.set(a, new Set(['DOCS']));
  const answers = await Promise.all(
    Array.from({ length: 60 }, (_, i) => call(world.publicHandler, 'spacePage', 'raiseConcern', { message: `Concern ${i}` }, admins[i % admins.length]!)),
  );
  const stored = concerns().filter((c) => c.spaceKey === 'DOCS' && c.state === 'open');
  expect(stored.length).toBe(20);
  expect(answers.filter((a) => a.ok)).toHaveLength(20);
  for (const a of answers.filter((x) => !x.ok)) expect(['RATE_LIMITED', 'CONFLICT']).toContain(a.error.code);
  expect((await admin('verifyHistory', {})).data.intact).toBe(true);
});

// The answer is lost between the function and the browser: the UI retries the same action with the same request id.
test('finding 7: recordEvents without expectedHeadSeq, retried with its request id after a lost answer, is stored once', async () => {
  const before = entries();
  const payload = { changes: [{ type: 'setting', on: '2026-09-01', setting: 'inAppData', value: 'off' }], requestId: 'rec-0001-abcdef' };
  const first = await admin('recordEvents', payload);
  const retry = await admin('recordEvents', payload);
  expect(first).toMatchObject({ ok: true, data: { headSeq: before + 1, recorded: 1 } });
  expect(retry).toMatchObject({ ok: true, data: { headSeq: before + 1, recorded: 1, entries: 1 } });
  expect(entries()).toBe(before + 1);
  // Without a request id a repeat is a new batch, as before.
  expect((await admin('recordEvents', { changes: payload.changes })).data.headSeq).toBe(before + 2);
});

test('finding 7: attest retried with its request id after a lost answer is stored once', async () => {
  const before = entries();
  expect((await admin('attest', { note: 'checked', requestId: 'att-0001-abcdef' })).ok).toBe(true);
  const retry = await admin('attest', { note: 'checked', requestId: 'att-0001-abcdef' });
  expect(retry).toMatchObject({ ok: true, data: { attestation: { by: PEOPLE.orgAdmin, note: 'checked' } } });
  expect(entries()).toBe(before + 1);
});

test('finding 7: raiseConcern retried with its request id after a lost answer is stored once', async () => {
  world.app.repository.commitRetry = virtualCommitPacing();
  const first = await raise({ requestId: 'rc-0001-abcdef' });
  const retry = await raise({ requestId: 'rc-0001-abcdef' });
  expect(first).toMatchObject({ ok: true, data: { id: 'r-rc-0001-abcdef' } });
  expect(retry).toEqual(first);
  expect(concerns()).toHaveLength(1);
  // The longest key still makes a concern id that stores and reads back.
  const longest = await raise({ requestId: 'x'.repeat(62) });
  expect(longest).toMatchObject({ ok: true, data: { id: `r-${'x'.repeat(62)}` } });
  expect((await call(world.publicHandler, 'spacePage', 'getMyConcerns', {}, PEOPLE.spaceAdmin)).ok).toBe(true);
  expect(await raise({ requestId: 'x'.repeat(63) })).toMatchObject({ ok: false, error: { code: 'INVALID', issues: [{ path: 'requestId' }] } });
});

test('finding 7: a write whose answer is lost inside the backend is recognised, not repeated', async () => {
  const before = entries();
  kvs.loseNext = 1;
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const answer = await admin('recordEvents', {
    changes: [{ type: 'setting', on: '2026-09-02', setting: 'inAppData', value: 'on' }],
    requestId: 'rec-0002-abcdef',
  });
  spy.mockRestore();
  expect(answer.ok).toBe(true);
  expect(entries()).toBe(before + 1);
});

test('finding 4: raising, answering and resolving a concern chain its digest in the history', async () => {
  world.app.repository.commitRetry = virtualCommitPacing();
  const raised = await raise({});
  expect(raised.ok).toBe(true);
  expect((await admin('answerConcern', { id: raised.data.id, answer: 'Noted' })).ok).toBe(true);
  expect((await admin('resolveConcern', { id: raised.data.id })).ok).toBe(true);
  const rows = (await admin('listHistory', { filter: { type: 'transition' } })).data.rows as { record: { code: string; text: string } }[];
  expect(rows.map((r) => r.record.code)).toEqual(['CONCERN_RESOLVED', 'CONCERN_ANSWERED', 'CONCERN_RAISED']);
  const stored = world.store.rawEntity(ENTITY.concern, KEYS.concern(raised.data.id)) as unknown as ConcernDoc;
  // The latest chained digest is the stored concern's; an edit in storage no longer matches it.
  expect(rows[0]!.record.text).toContain(concernDigest(stored));
  expect(rows[0]!.record.text).not.toContain(concernDigest({ ...stored, details: { ...stored.details, answer: 'Forged' } }));
  // The entry holds neither the message nor the space key.
  expect(rows.map((r) => r.record.text).join(' ')).not.toMatch(/Please exclude|DOCS/);
  expect((await admin('verifyHistory', {})).data).toMatchObject({ intact: true, concerns: { checked: 1, unchained: 0, mismatched: [] } });
  // An answer rewritten in storage is reported by the integrity check, naming the concern.
  world.store.rawSetEntity(ENTITY.concern, KEYS.concern(raised.data.id), { ...stored, details: { ...stored.details, answer: 'Forged' } });
  expect((await admin('verifyHistory', {})).data.concerns.mismatched).toEqual([
    { id: raised.data.id, reason: 'the stored concern differs from what the history recorded' },
  ]);
});

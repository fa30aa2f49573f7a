/**
 * A consistently rewritten chain verifies on its own: only an
 * anchor kept outside storage can catch it. The evidence bundle names the site
 * and carries the anchor line; the admin page's check and the CLI's `verify`
 * prove whether the history still extends a kept anchor.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { ENTITY } from '../../src/storage/entities';
import type { HistoryEntry } from '../../src/storage/documents';
import { sealEntry, sha256Hex } from '../../src/storage/hash-chain';
import { KEYS } from '../../src/storage/repository';
import { call, makeWorld, PEOPLE, type World } from '../backend/support/world';

let world: World;
beforeEach(async () => {
  world = makeWorld();
  for (const plan of ['standard', 'premium'] as const) {
    expect((await admin('recordEvents', { changes: [{ type: 'plan', on: '2026-01-10', product: 'jira', plan }] })).ok).toBe(true);
  }
  expect((await admin('attest', { note: 'checked' })).ok).toBe(true);
});
const admin = (fn: string, payload: unknown) => call(world.adminHandler, 'jiraAdmin', fn, payload, PEOPLE.orgAdmin);
const bundle = async () => {
  const answer = await admin('exportEvidence', { format: 'bundle-json' });
  expect(answer.ok).toBe(true);
  expect(answer.data.sha256).toBe(sha256Hex(answer.data.content));
  return { file: answer.data.content as string, parsed: JSON.parse(answer.data.content) };
};

/** Edits entry 1 (an event and its author), then recomputes every hash and the head, as an attacker with storage access could. */
function rewriteChainConsistently(): void {
  const head = world.store.rawEntity(ENTITY.historyHead, KEYS.head) as { seq: number };
  let prevHash = '0'.repeat(64);
  for (let seq = 1; seq <= head.seq; seq++) {
    const { hash: _old, ...entry } = world.store.rawEntity(ENTITY.historyEntry, KEYS.entry(seq)) as unknown as HistoryEntry;
    const edited =
      seq === 1
        ? {
            ...entry,
            recordedBy: 'acc-someone-else',
            records: [{ kind: 'event' as const, event: { type: 'plan' as const, on: '2026-01-10', product: 'jira' as const, plan: 'free' as const } }],
          }
        : entry;
    const sealed = sealEntry({ ...edited, prevHash });
    world.store.rawSetEntity(ENTITY.historyEntry, KEYS.entry(seq), sealed);
    prevHash = sealed.hash;
  }
  world.store.rawSetEntity(ENTITY.historyHead, KEYS.head, { ...head, hash: prevHash });
  // Thorough: the documents that remember the head hash are made to agree too.
  world.store.rawSet(KEYS.profileCache, undefined);
  const keys = world.store.snapshot().keys;
  for (const [key, value] of Object.entries(keys)) {
    if (key === KEYS.status || key.startsWith('notice:')) world.store.rawSet(key, { ...(value as object), headHash: prevHash });
  }
}

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), today: () => '2026-11-23' });
  return { code, out, err };
}

test('finding 4: the evidence bundle names the site from the resolver context and carries the anchor line', async () => {
  const { parsed } = await bundle();
  expect(parsed.site).toBe('cloud-1');
  expect(parsed.anchor).toMatchObject({ site: 'cloud-1', headSeq: 3, headHash: parsed.history.headHash });
  expect(parsed.anchor.line).toBe(`contribution-lens-anchor v1 site=cloud-1 entry=3 head=${parsed.history.headHash}`);
});

test('finding 4: a consistently rewritten chain verifies on its own but no longer extends the kept anchor', async () => {
  const kept = (await bundle()).parsed.anchor.line as string;
  expect((await admin('checkAnchor', { anchor: kept })).data).toMatchObject({ extends: true, reason: null, intact: true });
  rewriteChainConsistently();
  // The attack of the finding: the chain alone still says intact.
  expect((await admin('verifyHistory', {})).data.intact).toBe(true);
  const check = await admin('checkAnchor', { anchor: kept });
  expect(check.data).toMatchObject({ extends: false, intact: true, anchorSeq: 3 });
  expect(check.data.reason).toMatch(/rewritten/);
});

test('finding 4: a later history still extends an anchor kept earlier', async () => {
  const kept = (await bundle()).parsed.anchor.line as string;
  expect((await admin('recordEvents', { changes: [{ type: 'setting', on: '2026-09-01', setting: 'inAppData', value: 'off' }] })).ok).toBe(true);
  expect((await admin('checkAnchor', { anchor: kept })).data).toMatchObject({ extends: true, headSeq: 4, anchorSeq: 3 });
});

test('finding 4: checkAnchor names the field when the line is not an anchor, and refuses another site', async () => {
  const bad = await admin('checkAnchor', { anchor: 'abc' });
  expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID', issues: [{ path: 'anchor' }] } });
  const { parsed } = await bundle();
  const other = await admin('checkAnchor', { anchor: parsed.anchor.line.replace('site=cloud-1', 'site=cloud-2') });
  expect(other.data).toMatchObject({ extends: false });
  expect(other.data.reason).toMatch(/cloud-2/);
});

test('finding 4: the CLI verify command checks a bundle and a kept anchor offline', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cl-verify-'));
  const before = await bundle();
  writeFileSync(join(dir, 'before.json'), before.file);
  const kept = before.parsed.anchor.line as string;
  expect(cli(['verify', join(dir, 'before.json'), '--anchor', kept])).toMatchObject({ code: 0 });

  rewriteChainConsistently();
  const after = await bundle();
  writeFileSync(join(dir, 'after.json'), after.file);
  // Internally consistent, so it verifies without the anchor…
  expect(cli(['verify', join(dir, 'after.json')]).code).toBe(0);
  // …and fails against the anchor kept before the rewrite.
  const result = cli(['verify', join(dir, 'after.json'), '--anchor', kept]);
  expect(result.code).toBe(3);
  expect(result.err).toMatch(/FAIL anchor: entry 3 has hash [0-9a-f]{64}, not the kept/);

  // A bundle edited after export fails its own chain.
  const edited = JSON.parse(before.file);
  edited.history.entries[0].recordedBy = 'acc-forged';
  writeFileSync(join(dir, 'edited.json'), JSON.stringify(edited));
  expect(cli(['verify', join(dir, 'edited.json')])).toMatchObject({ code: 3 });
});

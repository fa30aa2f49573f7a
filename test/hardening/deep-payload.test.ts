/**
 * Payloads nested deeper than LIMITS.payloadDepth are refused as INVALID, naming where, before any check or service
 * walks them: at thousands of levels a recursive walk (JSON.stringify in the profile import, among others) overflows
 * the call stack and the caller got INTERNAL.
 */
import { ADMIN_KEYS, LIMITS, PUBLIC_KEYS } from '../../src/shared/contract';
import { tooDeepAt } from '../../src/shared/depth';
import { call, makeWorld, PEOPLE } from '../backend/support/world';

const nested = (levels: number): unknown => JSON.parse(`${'['.repeat(levels)}${']'.repeat(levels)}`);

test('tooDeepAt names the first place past the limit, and nothing at the limit', () => {
  expect(tooDeepAt({ a: [{ b: 1 }] }, 3)).toBeNull();
  expect(tooDeepAt({ a: [{ b: {} }] }, 3)).toEqual(['a', 0, 'b']);
  expect(tooDeepAt(nested(100_000), 32)).toHaveLength(32);
  expect(tooDeepAt('text', 0)).toBeNull();
});

test.each([...ADMIN_KEYS.map((key) => ['admin', key] as const), ...PUBLIC_KEYS.map((key) => ['public', key] as const)])(
  '%s.%s refuses a payload nested 3,000 levels deep as INVALID, naming where',
  async (fn, key) => {
    const world = makeWorld();
    const payload = { profile: { schemaVersion: 1, events: [{ type: nested(3_000) }] } };
    const answer = await call(
      fn === 'admin' ? world.adminHandler : world.publicHandler,
      fn === 'admin' ? 'jiraAdmin' : 'spacePage',
      key,
      payload,
      PEOPLE.orgAdmin,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(answer.error.issues[0].path).toMatch(/^profile\.events\[0\]\.type(\[0\])+$/);
    expect(answer.error.issues[0].message).toBe(`is nested more than ${LIMITS.payloadDepth} levels deep`);
  },
);

test('a profile import at a real depth still reaches the profile check', async () => {
  const world = makeWorld();
  const answer = await call(world.adminHandler, 'jiraAdmin', 'importProfile', { profile: { schemaVersion: 1, events: [{ type: 'nope' }] } }, PEOPLE.orgAdmin);
  expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  expect(answer.error.issues[0].path).toBe('profile.events[0].type');
});

/**
 * Deterministic generated org profiles for the benchmarks: a seeded PRNG, so
 * every run measures exactly the same input.
 */
import { addDays, type CalendarDate } from '../src/policy/dates';
import { PLANS, type OrgProfile, type ProfileEvent } from '../src/policy/profile';
import { seededRandom } from '../fixtures/random';

const PRODUCTS = ['jira', 'confluence', 'jira-service-management', 'loom', 'trello'] as const;
/** Events are spread over these days: two years around the effective date (2026-08-17). */
export const FIRST_DAY: CalendarDate = '2025-09-01';
export const SPAN_DAYS = 600;
/** Evaluation date: after every generated event. */
export const BENCH_AT: CalendarDate = addDays(FIRST_DAY, SPAN_DAYS + 1);

export const spaceKeyOf = (i: number): string => `SP${i.toString(36).toUpperCase()}`;

/**
 * `events` mixed events of the kinds admins record (plans, trials, settings,
 * scope entries over `spaceCount` spaces, the odd exclusion), then
 * `spaceEntries` include/exclude entries for distinct spaces.
 */
export function generateProfile(events: number, spaceEntries = 0, seed = 7): OrgProfile {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const day = (): CalendarDate => addDays(FIRST_DAY, Math.floor(random() * SPAN_DAYS));
  const spaceCount = Math.max(10, Math.floor(events / 4));
  const out: ProfileEvent[] = [{ type: 'plan', on: FIRST_DAY, product: 'confluence', plan: 'standard' }];
  while (out.length < events) {
    const r = random();
    const on = day();
    if (r < 0.25) out.push({ type: 'plan', on, product: pick(PRODUCTS), plan: pick(PLANS) });
    else if (r < 0.35) {
      out.push({
        type: 'trial',
        on,
        product: pick(PRODUCTS),
        plan: pick(PLANS),
        endsOn: addDays(on, 1 + Math.floor(random() * 60)),
        then: pick([...PLANS, 'none'] as const),
      });
    } else if (r < 0.55) out.push({ type: 'setting', on, setting: pick(['metadata', 'inAppData'] as const), value: pick(['on', 'off'] as const) });
    else if (r < 0.97) {
      out.push({
        type: 'scope',
        on,
        target: { kind: 'space', key: spaceKeyOf(Math.floor(random() * spaceCount)) },
        mode: pick(['include', 'exclude', 'default'] as const),
      });
    } else if (r < 0.985) out.push({ type: 'scope', on, target: { kind: 'app', key: pick(PRODUCTS) }, mode: pick(['include', 'exclude', 'default'] as const) });
    else out.push({ type: 'exclusion', on, reason: 'hipaa', active: random() < 0.3 });
  }
  for (let i = 0; i < spaceEntries; i++) {
    out.push({ type: 'scope', on: day(), target: { kind: 'space', key: `ENTRY${i}` }, mode: random() < 0.5 ? 'include' : 'exclude' });
  }
  return { schemaVersion: 1, organization: 'Bench Org', events: out };
}

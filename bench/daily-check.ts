/**
 * The daily check at scale: a site with 10,000 spaces, each with its own
 * include/exclude entry, over the limit-enforcing memory store with a counting
 * wrapper. Measures storage requests and 10 KB units per run, and the duration.
 */
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/app/service';
import type { Caller } from '../src/app/ports';
import type { ProfileChange } from '../src/shared/contract';
import { LIMITS } from '../src/shared/contract';
import { MemoryKvs } from '../src/storage/memory';
import { CountingKvs, type StorageTally } from '../fixtures/counting-kvs';
import { FakeProduct, ManualClock } from '../fixtures/product';

/** Forge's default scheduled trigger timeout (https://developer.atlassian.com/platform/forge/limits-scheduled-trigger/); 900 s with function.timeoutSeconds. */
export const TRIGGER_TIMEOUT_MS = 55_000;

export interface DailyRun {
  label: string;
  durationMs: number;
  tally: StorageTally;
  changed: boolean;
  shardsWritten: number;
}

const ADMIN = 'bench-admin';
const adminCaller: Caller = { accountId: ADMIN, product: 'jira', moduleKey: 'admin', moduleType: 'jira:adminPage', space: null, locale: null };

export interface DailyCheckScenario {
  spaces: number;
  /** Spaces with their own include/exclude entry; the rest follow the organization. */
  entries: number;
}

export type DailyCheckOutcome =
  | { ok: true; scenario: DailyCheckScenario; runs: DailyRun[]; seedTally: StorageTally }
  | { ok: false; scenario: DailyCheckScenario; stage: 'seed' | 'daily check'; error: string };

export async function measureDailyCheck(scenario: DailyCheckScenario): Promise<DailyCheckOutcome> {
  const { spaces: spaceCount, entries: entryCount } = scenario;
  const memory = new MemoryKvs();
  const kvs = new CountingKvs(memory);
  const clock = new ManualClock(new Date('2026-09-01T08:00:00Z'));
  const app = createApp({ kvs, product: new FakeProduct({ orgAdmins: [ADMIN], confluenceSpaces: spaceCount / 2, jiraSpaces: spaceCount / 2 }), clock });

  // Seed: plans, then one include/exclude entry per space, recorded the way the admin page does.
  const base: ProfileChange[] = [
    { type: 'plan', on: '2026-06-01', product: 'jira', plan: 'standard' },
    { type: 'plan', on: '2026-06-01', product: 'confluence', plan: 'premium' },
  ];
  try {
    await app.admin.recordEvents(adminCaller, { changes: base });
  } catch (error) {
    return { ok: false, scenario, stage: 'seed', error: (error as Error).message };
  }
  const entries: ProfileChange[] = Array.from({ length: entryCount }, (_, i) => ({
    type: 'scope',
    on: '2026-07-01',
    target: { kind: 'space', key: i % 2 ? `C${i >> 1}` : `J${i >> 1}` },
    mode: i % 3 === 0 ? 'exclude' : 'include',
  }));
  try {
    for (let i = 0; i < entries.length; i += LIMITS.changesPerBatch) {
      await app.admin.recordEvents(adminCaller, { changes: entries.slice(i, i + LIMITS.changesPerBatch) });
    }
  } catch (error) {
    return { ok: false, scenario, stage: 'seed', error: (error as Error).message };
  }
  const seedTally = kvs.reset();

  const runs: DailyRun[] = [];
  const run = async (label: string) => {
    kvs.reset();
    const start = performance.now();
    const result = await app.dailyCheck();
    const durationMs = performance.now() - start;
    runs.push({ label, durationMs, tally: kvs.reset(), changed: result.changed, shardsWritten: result.shardsWritten });
  };
  try {
    clock.advanceDays(1);
    await run('next day');
    await run('duplicate run, same day');
    clock.advanceDays(1);
    await run('following day');
  } catch (error) {
    return { ok: false, scenario, stage: 'daily check', error: (error as Error).message };
  }
  return { ok: true, scenario, runs, seedTally };
}

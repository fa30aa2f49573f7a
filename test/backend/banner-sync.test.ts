/**
 * The page banner's display-condition space property: set 'on' in exactly the
 * Confluence spaces where the banner should show, written only where it differs
 * from the last synced set, in bounded passes that resume where they stopped.
 */
import { BANNER_BUDGETS, BANNER_PROPERTY_ON, BANNER_SPACE_PROPERTY } from '../../src/app/banner';
import { KEYS } from '../../src/storage/repository';
import { call, makeWorld, PEOPLE, type World } from './support/world';

const jiraStandard = { type: 'plan', on: '2026-01-10', product: 'jira', plan: 'standard' } as const;
const confluenceStandard = { type: 'plan', on: '2026-01-10', product: 'confluence', plan: 'standard' } as const;
const excludeHr = { type: 'scope', on: '2026-09-02', target: { kind: 'space', key: 'HR' }, mode: 'exclude' } as const;

let world: World;
beforeEach(() => {
  world = makeWorld();
});

const admin = (fn: string, payload: unknown) => call(world.adminHandler, 'jiraAdmin', fn, payload, PEOPLE.orgAdmin);
const saveBanner = async (banner: 'off' | 'contributed-only' | 'everywhere') => {
  const result = await admin('saveNoticeSettings', { settings: { notice: 'everywhere', banner, text: {} } });
  expect(result.ok).toBe(true);
};
const spacesOn = () => world.product.spacesWithProperty(BANNER_SPACE_PROPERTY, BANNER_PROPERTY_ON);
const writesTo = (spaceId: string) => world.product.propertyWrites.filter((w) => w.spaceId === spaceId).length;
const addSpaces = (count: number) => {
  for (let i = 0; i < count; i++) world.product.spaces.confluence.push({ key: `S${i}`, name: `Space ${i}`, app: 'confluence', id: String(9_000 + i) });
};

test('with the banner off (the default) nothing is written to the product or to storage', async () => {
  await admin('recordEvents', { changes: [jiraStandard, confluenceStandard] });
  await saveBanner('off');
  world.clock.set('2026-11-24T06:00:00Z');
  const result = await world.app.dailyCheck();
  expect(result.banner).toBeUndefined();
  expect(world.product.propertyWrites).toEqual([]);
  expect(await world.store.get(KEYS.bannerSync)).toBeUndefined();
});

test('everywhere: every Confluence space gets the property; saving again writes nothing', async () => {
  await saveBanner('everywhere');
  expect(spacesOn()).toEqual(['2001', '2002']);
  expect(world.product.propertyWrites).toEqual([
    { spaceId: '2001', key: BANNER_SPACE_PROPERTY, value: 'on' },
    { spaceId: '2002', key: BANNER_SPACE_PROPERTY, value: 'on' },
  ]);
  const state = await world.store.get(KEYS.bannerSync);
  await saveBanner('everywhere');
  expect(world.product.propertyWrites).toHaveLength(2);
  expect(await world.store.get(KEYS.bannerSync)).toEqual(state);
});

test('contributed-only: only spaces whose in-app data contributes; off removes every property', async () => {
  await admin('recordEvents', { changes: [jiraStandard, confluenceStandard, excludeHr] });
  await saveBanner('everywhere');
  expect(spacesOn()).toEqual(['2001', '2002']);
  await saveBanner('contributed-only');
  expect(spacesOn()).toEqual(['2001']);
  // Only HR changed: one removal, DOCS untouched.
  expect(world.product.propertyWrites.slice(2)).toEqual([{ spaceId: '2002', key: BANNER_SPACE_PROPERTY, value: null }]);
  await saveBanner('off');
  expect(spacesOn()).toEqual([]);
  expect([...world.product.spaceProperties.values()].every((props) => !props.has(BANNER_SPACE_PROPERTY))).toBe(true);
  expect(await world.store.get(KEYS.bannerSync)).toMatchObject({ on: [], pass: null, last: { mode: 'off' } });
});

test('the daily check follows status changes: a space excluded later loses the property', async () => {
  await admin('recordEvents', { changes: [jiraStandard, confluenceStandard] });
  await saveBanner('contributed-only');
  expect(spacesOn()).toEqual(['2001', '2002']);
  await admin('recordEvents', { changes: [{ ...excludeHr, on: '2026-11-23' }] });
  expect(spacesOn()).toEqual(['2001', '2002']); // recording does not touch the product; the daily check does
  world.clock.set('2026-11-24T06:00:00Z');
  const result = await world.app.dailyCheck();
  expect(result.banner).toMatchObject({ mode: 'contributed-only', changed: 1, finished: true, spacesOn: 1 });
  expect(spacesOn()).toEqual(['2001']);
  // A second run the same day is a duplicate: no listing, no writes.
  world.clock.set('2026-11-24T18:00:00Z');
  expect((await world.app.dailyCheck()).banner).toBeUndefined();
  expect(world.product.propertyWrites).toHaveLength(3);
});

test('a pass bounded by its budget records its cursor and the next run finishes it without rewriting', async () => {
  addSpaces(250);
  await saveBanner('everywhere');
  const total = world.product.spaces.confluence.length;
  expect(world.product.propertyWrites).toHaveLength(BANNER_BUDGETS.settings.maxChanges);
  const stopped = (await world.store.get(KEYS.bannerSync)) as { on: string[]; pass: { mode: string; cursor: string | null } | null; last: unknown };
  expect(stopped.pass).toMatchObject({ mode: 'everywhere' });
  expect(stopped.on).toHaveLength(BANNER_BUDGETS.settings.maxChanges);
  expect(stopped.last).toBeNull();

  world.clock.set('2026-11-24T06:00:00Z');
  const result = await world.app.dailyCheck();
  expect(result.banner).toMatchObject({ finished: true, changed: total - BANNER_BUDGETS.settings.maxChanges, spacesOn: total });
  expect(world.product.propertyWrites).toHaveLength(total);
  for (const space of world.product.spaces.confluence) expect(writesTo(space.id!)).toBe(1);
  expect(await world.store.get(KEYS.bannerSync)).toMatchObject({ pass: null, last: { mode: 'everywhere', day: '2026-11-24', failed: 0 } });
});

test('a rate limit stops the pass; the next run resumes and writes each space once', async () => {
  addSpaces(30);
  world.product.propertyWritesBeforeRateLimit = 5;
  await saveBanner('everywhere');
  expect(world.product.propertyWrites).toHaveLength(5);
  expect(await world.store.get(KEYS.bannerSync)).toMatchObject({ pass: { mode: 'everywhere' }, last: null });

  world.product.propertyWritesBeforeRateLimit = Infinity;
  world.clock.set('2026-11-24T06:00:00Z');
  expect((await world.app.dailyCheck()).banner).toMatchObject({ finished: true, spacesOn: 32 });
  for (const space of world.product.spaces.confluence) expect(writesTo(space.id!)).toBe(1);
});

test('switching the mode while a pass is unfinished restarts it for the new mode', async () => {
  addSpaces(150);
  await saveBanner('everywhere');
  expect(spacesOn()).toHaveLength(BANNER_BUDGETS.settings.maxChanges);
  await saveBanner('off');
  expect(spacesOn()).toEqual([]);
  expect(await world.store.get(KEYS.bannerSync)).toMatchObject({ on: [], pass: null, last: { mode: 'off' } });
});

test('a failing product call never fails the settings save; the daily check retries', async () => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const original = world.product.setSpaceProperty.bind(world.product);
  world.product.setSpaceProperty = async () => {
    throw new Error('HTTP 500');
  };
  await saveBanner('everywhere');
  expect((await admin('getNoticeSettings', {})).data.settings.banner).toBe('everywhere');
  expect(await world.store.get(KEYS.bannerSync)).toMatchObject({ on: [], last: { mode: 'everywhere', failed: 2 } });

  world.product.setSpaceProperty = original;
  world.clock.set('2026-11-24T06:00:00Z');
  await world.app.dailyCheck();
  expect(spacesOn()).toEqual(['2001', '2002']);
});

test('overlapping runs keep each other’s writes in the stored set', async () => {
  await saveBanner('everywhere');
  // Another run, finishing while this one works, recorded a space this run never touched.
  const original = world.product.setSpaceProperty.bind(world.product);
  let injected = false;
  world.product.setSpaceProperty = async (spaceId, key, value) => {
    if (!injected) {
      injected = true;
      const state = (await world.store.get(KEYS.bannerSync)) as { on: string[] };
      await world.store.transact([{ op: 'set', key: KEYS.bannerSync, value: { ...state, on: [...state.on, '7777'] } }]);
    }
    return original(spaceId, key, value);
  };
  world.product.spaces.confluence.push({ key: 'NEW', name: 'New space', app: 'confluence', id: '2003' });
  world.clock.set('2026-11-24T06:00:00Z');
  await world.app.dailyCheck();
  expect(((await world.store.get(KEYS.bannerSync)) as { on: string[] }).on.sort()).toEqual(['2001', '2002', '2003', '7777']);
});

/**
 * A Jira-only admin must not list Confluence spaces: the
 * Jira admin page lists Confluence spaces, their CSV and their concerns only to
 * people who administer Confluence too, checked as the user.
 */
import { call, makeWorld, PEOPLE, type World } from '../backend/support/world';

let world: World;
beforeEach(async () => {
  world = makeWorld();
  // A concern about a Confluence space, raised by its space admin.
  const raised = await call(world.publicHandler, 'spacePage', 'raiseConcern', { message: 'Please exclude DOCS' }, PEOPLE.spaceAdmin);
  expect(raised.ok).toBe(true);
});
const jiraAdmin = (fn: string, payload: unknown) => call(world.adminHandler, 'jiraAdmin', fn, payload, PEOPLE.orgAdmin);
const products = (rows: { product: string }[]) => [...new Set(rows.map((r) => r.product))].sort();

test('finding 6: a Jira-only admin sees no Confluence spaces, CSV rows or concerns on the Jira admin page', async () => {
  world.product.productAdmins.set(PEOPLE.orgAdmin, ['jira']);
  const list = await jiraAdmin('listSpaces', {});
  expect(list.ok).toBe(true);
  expect(products(list.data.spaces)).toEqual(['jira']);
  expect(await jiraAdmin('listSpaces', { product: 'confluence' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  const csv = await jiraAdmin('exportEvidence', { format: 'spaces-csv' });
  expect(csv.data.content).not.toMatch(/"confluence"/);
  expect(csv.data.content).toMatch(/"jira"/);
  const concerns = await jiraAdmin('listConcerns', {});
  expect(concerns.data.concerns).toEqual([]);
  expect(await jiraAdmin('answerConcern', { id: 'c1', answer: 'ok' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('finding 6: a Jira admin who also administers Confluence sees both products', async () => {
  const list = await jiraAdmin('listSpaces', {});
  expect(products(list.data.spaces)).toEqual(['confluence', 'jira']);
  expect((await jiraAdmin('listConcerns', {})).data.concerns).toHaveLength(1);
});

test('finding 6: a failing Confluence admin check hides Confluence (fails closed) without failing the page', async () => {
  const original = world.product.isProductAdmin.bind(world.product);
  world.product.isProductAdmin = async (caller, product) => {
    if (product === 'confluence') throw new Error('Confluence did not answer');
    return original(caller, product);
  };
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const list = await jiraAdmin('listSpaces', {});
  spy.mockRestore();
  expect(list.ok).toBe(true);
  expect(products(list.data.spaces)).toEqual(['jira']);
});

test('finding 6: a Confluence-only admin on Confluence settings does not see Jira spaces', async () => {
  world.product.productAdmins.set(PEOPLE.orgAdmin, ['confluence']);
  const list = await call(world.adminHandler, 'confluenceAdmin', 'listSpaces', {}, PEOPLE.orgAdmin);
  expect(list.ok).toBe(true);
  expect(products(list.data.spaces)).toEqual(['confluence']);
});

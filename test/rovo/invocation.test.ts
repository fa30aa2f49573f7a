/** Reading Rovo's invocation by hand (no zod): the person, the place, the language, and what is never trusted. */
import { productContext, projectOfWorkItem, readInvocation, RovoInputError } from '../../src/rovo/invocation';

const person = { installContext: 'ari:cloud:jira::site/x', principal: { accountId: '5b10a2844c20165700ede21g' } };

test('the documented Jira example (numeric issueKey) falls back to projectKey; numeric ids become strings', () => {
  const ctx = productContext({ jira: { issueKey: 1, issueId: 123, projectKey: 'FAA', projectId: 5678 } });
  expect(ctx).toEqual({ product: 'jira', space: { key: 'FAA', id: '5678' }, item: null });
  expect(productContext({ jira: { issueKey: 'faa-12' } })).toEqual({
    product: 'jira',
    space: { key: 'FAA', id: '' },
    item: { kind: 'work-item', key: 'FAA-12' },
  });
});

test('the documented Confluence example, personal space included', () => {
  const ctx = productContext({
    confluence: { contentId: '44662787', spaceKey: '~65536301eb7512314748ebb489aba9d526b0f8', spaceId: '2064386', resourceType: 'blog' },
  });
  expect(ctx).toEqual({
    product: 'confluence',
    space: { key: '~65536301eb7512314748ebb489aba9d526b0f8', id: '2064386' },
    item: { kind: 'page', id: '44662787' },
  });
});

test('context values that do not look like the product’s own are left out, never guessed', () => {
  expect(productContext({ confluence: { spaceKey: 'DO CS<script>', contentId: '12a' } })).toEqual({ product: 'confluence', space: null, item: null });
  expect(productContext({ jira: { projectKey: 'eng', issueKey: 'x' } })).toEqual({ product: 'jira', space: null, item: null });
  expect(productContext('nonsense')).toEqual({ product: null, space: null, item: null });
});

test('ABC-123 → ABC; keys that are not work item keys name the field', () => {
  expect(projectOfWorkItem('abc_2-123')).toEqual({ key: 'ABC_2-123', projectKey: 'ABC_2' });
  for (const bad of ['ABC', '123-ABC', 'ABC-', 'ABC-01', '-1']) expect(() => projectOfWorkItem(bad)).toThrow(RovoInputError);
  const thrown = (() => {
    try {
      projectOfWorkItem('ABC');
    } catch (error) {
      return error;
    }
    return null;
  })();
  expect(thrown).toMatchObject({ field: 'workItemKey', name: 'RovoInputError' });
});

test('the account comes from the principal only; a malformed principal is anonymous', () => {
  const forged = readInvocation(
    { accountId: 'acc-org-admin', principal: { accountId: 'acc-org-admin' }, context: { accountId: 'acc-org-admin' } },
    { installContext: 'x' },
    { actionKey: 'a', acceptsSpace: true },
  );
  expect(forged.caller.accountId).toBeNull();
  expect(forged.audience).toBe('notice-only');
  const odd = readInvocation({}, { principal: { accountId: 'a b' } }, { actionKey: 'a', acceptsSpace: true });
  expect(odd.caller.accountId).toBeNull();
  const real = readInvocation({}, person, { actionKey: 'a', acceptsSpace: true });
  expect(real).toMatchObject({
    audience: 'signed-in',
    caller: { accountId: '5b10a2844c20165700ede21g', moduleType: 'rovo:action', moduleKey: 'a', product: 'jira', space: null },
  });
});

test('language from the context’s locale, else English', () => {
  expect(readInvocation({ context: { locale: 'de-DE' } }, person, { actionKey: 'a', acceptsSpace: false }).language).toBe('de');
  expect(readInvocation({ context: { locale: 'de_AT' } }, person, { actionKey: 'a', acceptsSpace: false }).language).toBe('de');
  expect(readInvocation({ context: { locale: 'fr-FR' } }, person, { actionKey: 'a', acceptsSpace: false }).language).toBe('en');
  expect(readInvocation({ context: { locale: 'x'.repeat(30) } }, person, { actionKey: 'a', acceptsSpace: false }).language).toBe('en');
  expect(readInvocation({}, person, { actionKey: 'a', acceptsSpace: false }).language).toBe('en');
});

test('actions without a space ignore space inputs entirely', () => {
  const inv = readInvocation({ spaceKey: '!!', workItemKey: 'nope' }, person, { actionKey: 'a', acceptsSpace: false });
  expect(inv.caller.space).toBeNull();
  expect(inv.spaceFrom).toBe('none');
});

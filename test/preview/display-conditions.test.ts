/** The preview host decides whether to create a module's iframe from its display conditions, as the products do. */
import path from 'node:path';
import { displayConditionsHold, type DisplayContext } from '../../preview/display-conditions';
import { readManifest } from '../../preview/manifest';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

const withSpace = (props: Record<string, unknown>, isLoggedIn = true): DisplayContext => ({
  isLoggedIn,
  entityProperty: (entity, key) => (entity === 'space' ? props[key] : undefined),
});

test("the app's banner module carries its space-property condition into the preview", () => {
  const banner = readManifest(REPO_ROOT).modules['confluence:pageBanner'];
  expect(banner?.displayConditions).toEqual({ entityPropertyEqualTo: { entity: 'space', propertyKey: 'contribution-lens-banner', value: 'on' } });
  const conditions = banner?.displayConditions;
  expect(displayConditionsHold(conditions, withSpace({ 'contribution-lens-banner': 'on' }))).toBe(true);
  expect(displayConditionsHold(conditions, withSpace({ 'contribution-lens-banner': 'off' }))).toBe(false);
  expect(displayConditionsHold(conditions, withSpace({}))).toBe(false);
});

test('entity property conditions: absent is false, values compare as strings, objectName reaches inside', () => {
  const equal = (value: string, objectName?: string) => ({
    entityPropertyEqualTo: { entity: 'space', propertyKey: 'k', value, ...(objectName ? { objectName } : {}) },
  });
  expect(displayConditionsHold(equal('true'), withSpace({ k: true }))).toBe(true);
  expect(displayConditionsHold(equal('on', 'a.b'), withSpace({ k: { a: { b: 'on' } } }))).toBe(true);
  expect(displayConditionsHold(equal('on'), { isLoggedIn: true, entityProperty: () => undefined })).toBe(false);
  expect(displayConditionsHold({ entityPropertyExists: { entity: 'content', propertyKey: 'k' } }, withSpace({ k: 'x' }))).toBe(false);
});

test('operators and common conditions combine; an unsimulated condition is an error, never a guess', () => {
  const ctx = withSpace({ k: 'on' }, false);
  expect(displayConditionsHold({ or: { isLoggedIn: true, entityPropertyExists: { entity: 'space', propertyKey: 'k' } } }, ctx)).toBe(true);
  expect(displayConditionsHold({ and: [{ isLoggedIn: true }, { entityPropertyExists: { entity: 'space', propertyKey: 'k' } }] }, ctx)).toBe(false);
  expect(displayConditionsHold({ not: { isLoggedIn: true } }, ctx)).toBe(true);
  expect(displayConditionsHold(undefined, ctx)).toBe(true);
  expect(() => displayConditionsHold({ isSpaceAdmin: true }, ctx)).toThrow('does not simulate the display condition "isSpaceAdmin"');
});

/**
 * The manifest's Forge i18n resources and the Custom UI's shipped locales stay in step: one resource per shipped
 * locale, each a tag @forge/manifest accepts that maps back to that locale, each with every key of en-US; and the
 * Custom UI catalogues' shapes are the English ones.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { englishSpaceMessages, type SpaceMessages } from '../../static/src/i18n/space';
import { LOCALES, localeOf } from '../../static/src/lib/locale';
import { englishNoticeStrings, type NoticeStrings } from '../../static/src/notice/strings';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = parse(readFileSync(path.join(ROOT, 'manifest.yml'), 'utf8')) as {
  translations: { resources: { key: string; path: string }[]; fallback: Record<string, unknown> };
};
const schema = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', '@forge', 'manifest', 'out', 'schema', 'manifest-schema.json'), 'utf8')) as {
  definitions: { ForgeSupportedLocaleCode: { enum: string[] } };
};
const resources = manifest.translations.resources;

const leaves = (value: unknown, prefix = ''): [string, unknown][] =>
  typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k)) : [[prefix, value]];

describe('manifest translations', () => {
  it('has one resource per shipped locale, in the tags Forge i18n accepts', () => {
    for (const { key } of resources) expect(schema.definitions.ForgeSupportedLocaleCode.enum).toContain(key);
    expect(resources.map(({ key }) => localeOf(key)).sort()).toEqual([...LOCALES].sort());
  });

  it('gives every resource the keys of en-US, each a non-empty text', () => {
    const read = (file: string) => leaves(JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')));
    const english = read(resources.find((r) => r.key === 'en-US')!.path);
    for (const resource of resources) {
      const texts = read(resource.path);
      expect(texts.map(([key]) => key)).toEqual(english.map(([key]) => key));
      for (const [key, text] of texts)
        expect(`${resource.key} ${key}: ${typeof text === 'string' ? text.trim() : String(text)}`).toMatch(new RegExp(`^${resource.key} ${key}: \\S`));
    }
  });

  it('sends Portuguese (Portugal) readers to pt-BR, like the Custom UI', () => {
    expect(manifest.translations.fallback['pt-PT']).toEqual(['pt-BR']);
    expect(localeOf('pt-PT')).toBe('pt-BR');
  });
});

describe('catalogue shapes (checked by the compiler: npm run typecheck)', () => {
  it('refuses a catalogue missing a text or taking other parameters', () => {
    const { learnMore: _learnMore, ...withoutLearnMore } = englishNoticeStrings;
    // @ts-expect-error every notice catalogue defines every text
    const incomplete: NoticeStrings = withoutLearnMore;
    // @ts-expect-error a text takes the parameters the English one takes
    const otherParameters: NoticeStrings = { ...englishNoticeStrings, removalBy: (date: number) => `${date}` };
    const { concernSubmit: _concernSubmit, ...withoutSubmit } = englishSpaceMessages;
    // @ts-expect-error every space page catalogue defines every message
    const incompleteSpace: SpaceMessages = withoutSubmit;
    // @ts-expect-error a space page message takes the parameters the English one takes
    const otherSpaceParameters: SpaceMessages = { ...englishSpaceMessages, concernCharactersLeft: (left: string) => left };
    // At run time they are plain objects; the assertions above are the compiler's.
    expect([incomplete, otherParameters, incompleteSpace, otherSpaceParameters].every((c) => typeof c === 'object')).toBe(true);
  });
});

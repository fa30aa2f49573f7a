/** The notice's decisions that need no browser: locale and catalogues, answer checking, surface routing, banner dismissal. */
import { readNoticeAnswer } from '../../static/src/notice/document';
import { dateLocaleOf, LOCALES, localeOf } from '../../static/src/lib/locale';
import { englishNoticeStrings, formatCalendarDate, loadNoticeText } from '../../static/src/notice/strings';
import { bannerDismissalKey, learnMoreTarget, readDismissed, surfaceOf, writeDismissed } from '../../static/src/notice/surface';
import { MODULE_KEYS } from '../../static/src/lib/modules';

const notice = {
  show: true,
  product: 'confluence',
  spaceKey: 'ENG',
  inAppData: 'contributing',
  code: 'FOLLOWS_ORG',
  metadata: 'contributing',
  since: null,
  inAppRemovalBy: '2026-10-15',
  text: 'Ask in #ai',
  day: '2026-11-23',
};

describe('localeOf: language-region, then language, then English', () => {
  it.each([
    ['de-DE', 'de'],
    ['de_AT', 'de'],
    ['DE', 'de'],
    ['en-US', 'en'],
    ['en_GB', 'en'],
    ['fr-FR', 'fr'],
    ['fr_CA', 'fr'],
    ['ES-es', 'es'],
    ['it-IT', 'it'],
    ['nl_NL', 'nl'],
    ['pt-BR', 'pt-BR'],
    ['pt_br', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pl-PL', 'pl'],
    ['ja_JP', 'ja'],
    ['ko-KR', 'ko'],
    ['zh-CN', 'zh-CN'],
    ['zh_TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-Hant-HK', 'zh-TW'],
    ['zh-Hans', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['ru-RU', 'en'],
    ['sv_SE', 'en'],
    [undefined, 'en'],
    [null, 'en'],
    ['', 'en'],
    ['_', 'en'],
  ])('%s → %s', (raw, locale) => {
    expect(localeOf(raw)).toBe(locale);
  });

  it('every shipped locale maps to itself', () => {
    for (const locale of LOCALES) expect(localeOf(locale)).toBe(locale);
  });

  it("dates follow the reader's own region when the catalogue is in their language", () => {
    expect(dateLocaleOf('en_GB', 'en')).toBe('en-GB');
    expect(dateLocaleOf('de-AT', 'de')).toBe('de-AT');
    expect(dateLocaleOf('pt-PT', 'pt-BR')).toBe('pt-PT');
    expect(dateLocaleOf('ru-RU', 'en')).toBe('en-US');
    expect(dateLocaleOf(undefined, 'en')).toBe('en-US');
  });
});

describe('notice catalogues', () => {
  const entries = (value: unknown, path = ''): [string, string][] =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([k, v]) => entries(v, path ? `${path}.${k}` : k))
      : [[path, typeof value === 'function' ? (value as (date: string) => string)('1 May 2026') : String(value)]];

  it.each(LOCALES.filter((l) => l !== 'en'))('%s defines every English text, none empty, each date placed', async (locale) => {
    const text = await loadNoticeText(locale);
    expect(text.locale).toBe(locale);
    expect(text.strings).not.toBe(englishNoticeStrings);
    const english = entries(englishNoticeStrings);
    const translated = entries(text.strings);
    expect(translated.map(([path]) => path)).toEqual(english.map(([path]) => path));
    for (const [path, value] of translated) {
      expect(`${path}: ${value.trim()}`).not.toBe(`${path}: `);
      expect(`${path}: ${value}`).not.toMatch(/\{|\}|undefined|NaN/);
    }
    for (const [path, value] of translated.filter(([p]) => p === 'updatedOn' || p === 'removalBy')) expect(`${path}: ${value}`).toContain('1 May 2026');
    // A translated catalogue that copied English somewhere would be a missed translation.
    const sameAsEnglish = translated.filter(([path, value], i) => value === english[i]![1] && path !== 'title');
    expect(sameAsEnglish).toEqual([]);
  });

  it('formats calendar dates for the reader, in UTC', async () => {
    expect(formatCalendarDate('2026-08-17', await loadNoticeText('en-US'))).toBe('August 17, 2026');
    expect(formatCalendarDate('2026-08-17', await loadNoticeText('de-DE'))).toBe('17. August 2026');
    expect(formatCalendarDate('2026-08-17', await loadNoticeText('fr_FR'))).toBe('17 août 2026');
    expect(formatCalendarDate('2026-08-17', await loadNoticeText('ja-JP'))).toBe('2026年8月17日');
    expect(formatCalendarDate('not-a-date', await loadNoticeText('en-US'))).toBe('not-a-date');
  });
});

describe('readNoticeAnswer', () => {
  it('accepts a well-formed envelope', () => {
    expect(readNoticeAnswer({ ok: true, data: notice })).toEqual({ ok: true, notice });
  });

  it('passes the error message of a failed envelope on', () => {
    expect(readNoticeAnswer({ ok: false, error: { code: 'INTERNAL', message: 'storage down' } })).toEqual({ ok: false, reason: 'storage down' });
  });

  it.each([
    [undefined, 'answer is not an envelope'],
    ['text', 'answer is not an envelope'],
    [{ ok: true, data: null }, 'data: must be an object'],
    [{ ok: true, data: { ...notice, show: 'yes' } }, 'data.show'],
    [{ ok: true, data: { ...notice, product: 'bitbucket' } }, 'data.product'],
    [{ ok: true, data: { ...notice, inAppData: 'maybe' } }, 'data.inAppData'],
    [{ ok: true, data: { ...notice, projected: 'pending' } }, 'data.projected'],
    [{ ok: true, data: { ...notice, metadata: 1 } }, 'data.metadata'],
    [{ ok: true, data: { ...notice, since: '17/08/2026' } }, 'data.since'],
    [{ ok: true, data: { ...notice, inAppRemovalBy: 5 } }, 'data.inAppRemovalBy'],
    [{ ok: true, data: { ...notice, text: { html: '<b>' } } }, 'data.text'],
    [{ ok: true, data: { ...notice, day: undefined } }, 'data.day'],
  ])('rejects %j naming the field', (answer, field) => {
    const result = readNoticeAnswer(answer);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(field);
  });
});

describe('surface routing', () => {
  it('maps the three module types and nothing else', () => {
    expect(surfaceOf({ extension: { type: 'confluence:contentBylineItem' } })).toBe('byline');
    expect(surfaceOf({ extension: { type: 'confluence:pageBanner' } })).toBe('banner');
    expect(surfaceOf({ extension: { type: 'jira:issueContext' } })).toBe('issue');
    expect(surfaceOf({ extension: { type: 'jira:adminPage' } })).toBeNull();
    expect(surfaceOf({})).toBeNull();
  });

  it('"learn more" leads to the space page of the same space or project', () => {
    expect(learnMoreTarget('byline', { extension: { space: { key: 'ENG' } } })).toEqual({
      target: 'module',
      moduleKey: MODULE_KEYS.confluenceSpacePage,
      spaceKey: 'ENG',
    });
    expect(learnMoreTarget('issue', { extension: { project: { key: 'CSD' } } })).toEqual({
      target: 'module',
      moduleKey: MODULE_KEYS.jiraProjectPage,
      projectKey: 'CSD',
    });
    expect(learnMoreTarget('banner', { extension: {} })).toBeNull();
  });
});

describe('banner dismissal', () => {
  const memoryStorage = () => {
    const values = new Map<string, string>();
    return { getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => void values.set(k, v) };
  };

  it('is remembered per user', () => {
    const storage = memoryStorage();
    const alice = bannerDismissalKey({ accountId: 'alice' });
    const bob = bannerDismissalKey({ accountId: 'bob' });
    expect(readDismissed(storage, alice)).toBe(false);
    writeDismissed(storage, alice, '2026-11-23');
    expect(readDismissed(storage, alice)).toBe(true);
    expect(readDismissed(storage, bob)).toBe(false);
    expect(bannerDismissalKey({})).not.toBe(alice);
  });

  it('survives storage that is missing or throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readDismissed(throwing, 'k')).toBe(false);
    expect(() => writeDismissed(throwing, 'k', 'd')).not.toThrow();
    expect(readDismissed(undefined, 'k')).toBe(false);
  });
});

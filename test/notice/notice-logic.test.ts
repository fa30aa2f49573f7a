/** The notice's decisions that need no browser: language, answer checking, surface routing, banner dismissal. */
import { readNoticeAnswer } from '../../static/src/notice/document';
import { formatCalendarDate, languageOf, stringsFor } from '../../static/src/notice/strings';
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

describe('languageOf', () => {
  it.each([
    ['de-DE', 'de'],
    ['de_AT', 'de'],
    ['DE', 'de'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
    [undefined, 'en'],
    [null, 'en'],
    ['', 'en'],
  ])('%s → %s', (locale, language) => {
    expect(languageOf(locale)).toBe(language);
  });
});

describe('strings', () => {
  it('English and German define the same texts, none empty', () => {
    const entries = (value: unknown, path = ''): [string, string][] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([k, v]) => entries(v, path ? `${path}.${k}` : k))
        : [[path, typeof value === 'function' ? (value as (date: string) => string)('1 May 2026') : String(value)]];
    const english = entries(stringsFor('en'));
    const german = entries(stringsFor('de'));
    expect(german.map(([path]) => path)).toEqual(english.map(([path]) => path));
    for (const [path, text] of [...english, ...german]) expect(`${path}: ${text.trim()}`).not.toBe(`${path}: `);
    for (const [path, text] of [...english, ...german].filter(([p]) => p === 'updatedOn' || p === 'removalBy')) expect(`${path}: ${text}`).toContain('1 May 2026');
  });

  it('formats calendar dates for the reader, in UTC', () => {
    expect(formatCalendarDate('2026-08-17', 'en')).toBe('August 17, 2026');
    expect(formatCalendarDate('2026-08-17', 'de')).toBe('17. August 2026');
    expect(formatCalendarDate('not-a-date', 'en')).toBe('not-a-date');
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
    expect(learnMoreTarget('byline', { extension: { space: { key: 'ENG' } } })).toEqual({ target: 'module', moduleKey: MODULE_KEYS.confluenceSpacePage, spaceKey: 'ENG' });
    expect(learnMoreTarget('issue', { extension: { project: { key: 'CSD' } } })).toEqual({ target: 'module', moduleKey: MODULE_KEYS.jiraProjectPage, projectKey: 'CSD' });
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

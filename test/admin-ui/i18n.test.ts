import { adminDe } from '../../static/src/i18n/admin.de';
import { adminEn } from '../../static/src/i18n/admin.en';
import { adminEs } from '../../static/src/i18n/admin.es';
import { adminFr } from '../../static/src/i18n/admin.fr';
import { adminJa } from '../../static/src/i18n/admin.ja';
import { UI_STRINGS } from '../../static/src/ui/strings';

type Tree = { [key: string]: unknown };

/** Every leaf of a catalogue: strings as they are, functions called with sample arguments. */
function leaves(tree: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof tree === 'string') out.set(path, tree);
  else if (typeof tree === 'function') {
    const fn = tree as (...args: unknown[]) => unknown;
    const args = Array.from({ length: fn.length }, (_, i) => (i % 2 === 0 ? 2 : 'X'));
    out.set(`${path}()`, String(fn(...args)));
    out.set(`${path}(1)`, String(fn(...args.map((a) => (a === 2 ? 1 : a)))));
  } else if (tree && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree as Tree)) for (const [p, v] of leaves(value, path ? `${path}.${key}` : key)) out.set(p, v);
  }
  return out;
}

/** Texts that are the same word in English and that language (names, and words such as "Source" or "Plan"). */
const SAME_AS_ENGLISH: Record<string, RegExp> = {
  de: /^(apps\.|plans\.|exclusions\.(government-cloud|isolated-cloud)|common\.products|overview\.(appColumn|severity\.info)|record\.(app|scopeKind\.connector)$|history\.origins\.import|spaces\.(status|name)$|concerns\.state$|evidence\.checksum)/,
  fr: /^(apps\.|plans\.|exclusions\.(government-cloud|isolated-cloud)|common\.(products|pagination|page)|overview\.(appColumn|exclusionsHeading|severity\.info)|record\.(app|orgHeading|scopeKindLabel)$|timeline\.date$|whatIf\.(exclusionReason|aspect)$|history\.(type|types\.exclusion|types\.attestation|origins\.import)$|sectionsLabel$|evidence\.checksum)/,
  es: /^(apps\.|plans\.|exclusions\.(government-cloud|isolated-cloud)|common\.(products|no)|overview\.(planColumn|sector)|record\.(plan|sector)$|history\.types\.plan$|evidence\.checksum)/,
  ja: /^(apps\.|plans\.|exclusions\.(government-cloud|isolated-cloud)|common\.products|evidence\.checksum)/,
};

describe('admin catalogues', () => {
  const en = leaves(adminEn);
  const others = { de: leaves(adminDe), fr: leaves(adminFr), es: leaves(adminEs), ja: leaves(adminJa) };

  it.each(Object.entries(others))('%s has exactly the English keys, none empty', (_, texts) => {
    expect([...texts.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, value] of texts) expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false });
  });

  it.each(Object.entries(others))('%s texts are translated, apart from names and words that stay the same', (language, texts) => {
    const same = [...en].filter(([key, value]) => texts.get(key) === value).map(([key]) => key);
    expect(same.filter((key) => !SAME_AS_ENGLISH[language]!.test(key))).toEqual([]);
  });

  it('shared component texts exist in every language', () => {
    for (const strings of Object.values(UI_STRINGS)) expect([...leaves(strings).keys()].sort()).toEqual([...leaves(UI_STRINGS.en).keys()].sort());
  });
});

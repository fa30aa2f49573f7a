import { adminDe } from '../../static/src/i18n/admin.de';
import { adminEn } from '../../static/src/i18n/admin.en';
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

describe('admin catalogues', () => {
  const en = leaves(adminEn);
  const de = leaves(adminDe);

  it('German has exactly the English keys, none empty', () => {
    expect([...de.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, value] of de) expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false });
  });

  it('German texts are translated, apart from names that stay the same', () => {
    const same = [...en].filter(([key, value]) => de.get(key) === value).map(([key]) => key);
    const allowed = /^(apps\.|plans\.|exclusions\.(government-cloud|isolated-cloud)|common\.products|overview\.(appColumn|severity\.info)|record\.(app|scopeKind\.connector)$|history\.origins\.import|spaces\.(status|name)$|concerns\.state$|evidence\.checksum)/;
    expect(same.filter((key) => !allowed.test(key))).toEqual([]);
  });

  it('shared component texts exist in both languages', () => {
    expect([...leaves(UI_STRINGS.de).keys()].sort()).toEqual([...leaves(UI_STRINGS.en).keys()].sort());
  });
});

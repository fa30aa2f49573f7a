/**
 * Admin-entered text (notice text, notes, concern answers, organization name)
 * must never be parsed as HTML in the browser. React escapes text children;
 * the only ways around it are the raw-HTML sinks below, so none may appear in
 * the UI sources (static/src) outside a justified allow-list.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const UI_SOURCES = join(ROOT, 'static', 'src');

/** Sinks that parse a string as HTML or code. */
const SINKS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'innerHTML', pattern: /\.\s*innerHTML\b|\binnerHTML\s*[:=]/ },
  { name: 'outerHTML', pattern: /\bouterHTML\b/ },
  { name: 'dangerouslySetInnerHTML', pattern: /\bdangerouslySetInnerHTML\b/ },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
  { name: 'document.write', pattern: /\bdocument\s*\.\s*write(ln)?\s*\(/ },
  { name: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/ },
  { name: 'DOMParser', pattern: /\bnew\s+DOMParser\b/ },
  { name: 'srcdoc', pattern: /\bsrcdoc\b/i },
  { name: 'eval', pattern: /(^|[^\w])eval\s*\(/ },
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/ },
  { name: 'javascript: URL', pattern: /["'`]javascript:/i },
];

/**
 * `file:sink` pairs that are allowed, each with the reason. Empty today: no
 * surface needs raw HTML. Add an entry only for text the app itself writes.
 */
const ALLOWED: Readonly<Record<string, string>> = {};

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(tsx?|jsx?|mts|html)$/.test(name)) out.push(path);
  }
  return out;
}

/** Removes comments so a comment that names a sink (like this file's) is not a finding. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/(^|[^:"'`\\])\/\/.*$/gm, '$1');
}

function findSinks(source: string): Array<{ sink: string; line: number }> {
  const found: Array<{ sink: string; line: number }> = [];
  withoutComments(source)
    .split('\n')
    .forEach((text, i) => {
      for (const { name, pattern } of SINKS) if (pattern.test(text)) found.push({ sink: name, line: i + 1 });
    });
  return found;
}

describe('no raw-HTML sinks in the Custom UI', () => {
  const files = sourceFiles(UI_SOURCES);

  it('has UI sources to scan', () => {
    expect(files.some((f) => f.endsWith('.ts') || f.endsWith('.tsx'))).toBe(true);
  });

  it('finds no sink outside the allow-list', () => {
    const findings = files.flatMap((file) =>
      findSinks(readFileSync(file, 'utf8'))
        .map((f) => ({ ...f, at: `${relative(ROOT, file)}:${f.line}`, id: `${relative(ROOT, file)}:${f.sink}` }))
        .filter((f) => !(f.id in ALLOWED)),
    );
    expect(findings.map((f) => `${f.at} uses ${f.sink}`)).toEqual([]);
  });

  it('every allow-list entry still matches a real use and carries a reason', () => {
    for (const [id, reason] of Object.entries(ALLOWED)) {
      const [file, sink] = [id.slice(0, id.lastIndexOf(':')), id.slice(id.lastIndexOf(':') + 1)];
      expect(reason.length).toBeGreaterThan(20);
      expect(findSinks(readFileSync(join(ROOT, file), 'utf8')).some((f) => f.sink === sink)).toBe(true);
    }
  });
});

describe('the sink scanner itself', () => {
  it.each([
    ['el.innerHTML = text;', 'innerHTML'],
    ['<div dangerouslySetInnerHTML={{ __html: t }} />', 'dangerouslySetInnerHTML'],
    ['node.insertAdjacentHTML("beforeend", t)', 'insertAdjacentHTML'],
    ['document.write(t)', 'document.write'],
    ['const f = new Function("return 1")', 'new Function'],
    ['window.eval(code)', 'eval'],
    ['eval(code)', 'eval'],
    ['a.href = "javascript:alert(1)"', 'javascript: URL'],
    ['range.createContextualFragment(html)', 'createContextualFragment'],
  ])('flags %s', (code, sink) => {
    expect(findSinks(code).map((f) => f.sink)).toContain(sink);
  });

  it.each([
    'el.textContent = text;',
    '// never use innerHTML here',
    '/* dangerouslySetInnerHTML is banned */ const x = 1;',
    'const evaluation = evaluate(p)',
    'const url = "https://example.com/a//b";',
  ])('does not flag %s', (code) => {
    expect(findSinks(code)).toEqual([]);
  });
});

/**
 * CSV exports open in spreadsheets: no cell may start a formula (= + - @, or a
 * leading tab/CR that some spreadsheets strip before reading one), every cell
 * must round-trip to the original text, and export file names must be safe.
 */
import fc from 'fast-check';
import { csv, csvCell, safeFileName } from '../../src/app/evidence';
import type { Envelope, ExportData } from '../../src/shared/contract';
import { createWorld } from './support/world';

/** RFC 4180 reader, enough to read back what csv() writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('=HYPERLINK("http://evil.example","x")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1', "=cmd|' /C calc'!A0", '""=1', 'a,b\r\nc', '"', ''),
  fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string({ maxLength: 20 })).map(([a, b]) => a + b),
);

describe('CSV cells never start a formula', () => {
  it('neutralises every cell whose text starts with = + - @ tab or CR, and round-trips everything', () => {
    fc.assert(
      fc.property(fc.array(fc.array(hostileText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = Math.max(...rows.map((r) => r.length));
        const padded = rows.map((r) => [...r, ...Array(width - r.length).fill('')]);
        const header = Array.from({ length: width }, (_, i) => `h${i}`);
        const parsed = parseCsv(csv(header, padded));
        expect(parsed).toHaveLength(padded.length + 1);
        parsed.slice(1).forEach((row, r) => {
          row.forEach((cell, c) => {
            const original = padded[r]![c]!;
            expect(FORMULA_START.test(cell)).toBe(false);
            expect(cell).toBe(FORMULA_START.test(original) ? `'${original}` : original);
          });
        });
      }),
      { numRuns: 500 },
    );
  });

  it('quotes every cell, so commas, quotes and line breaks stay inside it', () => {
    expect(csvCell('a,"b"\r\nc')).toBe('"a,""b""\r\nc"');
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell(null)).toBe('""');
    expect(csvCell({ note: '=x' })).toBe('"{""note"":""=x""}"');
  });

  it('neutralises non-string values that serialise to a formula start, such as negative numbers', () => {
    expect(FORMULA_START.test(parseCsv(csv(['n'], [[-5]]))[1]![0]!)).toBe(false);
  });
});

describe('export file names', () => {
  it('are plain names: no path, no leading dot, no control or shell characters, bounded', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.constantFrom('../../etc/passwd', '..\\..\\win.ini', '.bashrc', 'a/b/c.csv', 'evil\u0000.csv', '', '   ', 'report.csv'),
        ),
        (name) => {
          const safe = safeFileName(name);
          // No separators means no traversal; a leading dot or dash would hide the file or read as an option.
          expect(safe).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,119}$/);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps an ordinary name as it is', () => {
    expect(safeFileName('contribution-lens-history-2026-11-23.csv')).toBe('contribution-lens-history-2026-11-23.csv');
  });
});

describe('the exports an org admin downloads', () => {
  it('neutralise formulas that admins typed into the history, and carry safe file names', async () => {
    const world = createWorld();
    const hostile = ['=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1)'];
    const record = async (changes: unknown[]) => {
      const answer = (await world.call('admin', 'recordEvents', { changes }, 'orgAdmin', 'jira:adminPage')) as Envelope<unknown>;
      expect(answer.ok).toBe(true);
    };
    await record([{ type: 'profile-info', organization: hostile[0] }]);
    await record(hostile.map((key) => ({ type: 'scope', on: '2026-07-01', target: { kind: 'space', key }, mode: 'exclude' })));
    const attested = (await world.call('admin', 'attest', { note: hostile[3] }, 'orgAdmin', 'jira:adminPage')) as Envelope<unknown>;
    expect(attested.ok).toBe(true);

    for (const format of ['history-csv', 'spaces-csv'] as const) {
      const answer = (await world.call('admin', 'exportEvidence', { format }, 'orgAdmin', 'jira:adminPage')) as Envelope<ExportData>;
      if (!answer.ok) throw new Error(`${format}: ${answer.error.message}`);
      expect(answer.data.mimeType).toBe('text/csv');
      expect(answer.data.fileName).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,119}\.csv$/);
      const rows = parseCsv(answer.data.content);
      expect(rows.length).toBeGreaterThan(1);
      for (const row of rows) for (const cell of row) expect(FORMULA_START.test(cell)).toBe(false);
      if (format === 'history-csv') {
        // The hostile text is still there to read (inside JSON details cells), just never at a cell start.
        const text = rows.flat().join('\n');
        for (const h of hostile) expect(text).toContain(h.slice(0, 6));
      }
    }
    const bundle = (await world.call('admin', 'exportEvidence', { format: 'bundle-json' }, 'orgAdmin', 'jira:adminPage')) as Envelope<ExportData>;
    if (!bundle.ok) throw new Error(bundle.error.message);
    expect(bundle.data.fileName).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,119}\.json$/);
  });
});

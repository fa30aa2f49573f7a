/**
 * Files split along their seams: no source file in src/ or static/src/ over 400 lines. Language catalogues (one
 * entry per message, nothing to split) and generated files are the exceptions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const MAX_LINES = 400;
// A catalogue is named by its locale (`de.ts`, `space.pt-BR.ts`); generated files sit in a generated/ folder.
const CATALOGUE = /(^|\/)([a-z]+\.)?(en|de|fr|es|it|nl|pt-BR|pl|ja|ko|zh-CN|zh-TW)\.ts$|(^|\/)generated\//;

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.posix.join(dir, f.split(path.sep).join('/')));
}

test(`no source file in src/ or static/src/ is over ${MAX_LINES} lines (catalogues and generated files aside)`, () => {
  const files = [...sources('src'), ...sources('static/src')];
  expect(files.length).toBeGreaterThan(50);
  const long = files
    .filter((file) => !CATALOGUE.test(file))
    .map((file) => ({ file, lines: readFileSync(path.join(ROOT, file), 'utf8').split('\n').length }))
    .filter(({ lines }) => lines > MAX_LINES);
  expect(long).toEqual([]);
});

/** The preview reads module keys, entries and byline texts from manifest.yml, and names the field when it cannot. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readManifest } from '../../preview/manifest';
import { MODULE_KEYS } from '../../static/src/lib/modules';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

function withManifest(yaml: string, check: (root: string) => void): void {
  const root = mkdtempSync(path.join(tmpdir(), 'cl-manifest-'));
  try {
    writeFileSync(path.join(root, 'manifest.yml'), yaml);
    check(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const MANIFEST = `
modules:
  confluence:contentBylineItem:
    - key: my-byline
      resource: ui/notice
      resolver:
        function: public-resolver
      title: Data contribution
      tooltip: What this space contributes
  jira:issueContext:
    - key: my-context
      resource: ui/notice
      resolver:
        function: public-resolver
      title: Data contribution
      label: Data contribution
      status:
        type: lozenge
        value:
          label: Site policy
resources:
  - key: ui
    path: static/build
    entry:
      notice: notice.html
`;

describe('readManifest', () => {
  it('reads keys, entry files, resolver functions and the static byline texts', () => {
    withManifest(MANIFEST, (root) => {
      const manifest = readManifest(root);
      expect(manifest.modules['confluence:contentBylineItem']).toEqual({
        type: 'confluence:contentBylineItem',
        key: 'my-byline',
        resourceKey: 'ui',
        entryFile: 'notice.html',
        resourcePath: 'static/build',
        functionKey: 'public-resolver',
        title: 'Data contribution',
        tooltip: 'What this space contributes',
        label: undefined,
        statusLabel: undefined,
        unlicensedAccess: [],
      });
      expect(manifest.modules['jira:issueContext']?.statusLabel).toBe('Site policy');
      expect(manifest.modules['jira:adminPage']).toBeUndefined();
    });
  });

  it('a resource without entries renders its index.html, as Forge does', () => {
    const single = MANIFEST.replace(/resource: ui\/notice/g, 'resource: notice').replace(
      '  - key: ui\n    path: static/build\n    entry:\n      notice: notice.html',
      '  - key: notice\n    path: static/build/notice',
    );
    withManifest(single, (root) => {
      expect(readManifest(root).modules['confluence:contentBylineItem']).toMatchObject({
        resourceKey: 'notice',
        entryFile: 'index.html',
        resourcePath: 'static/build/notice',
      });
    });
  });

  it('says so when there is no manifest', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cl-manifest-'));
    try {
      expect(() => readManifest(root)).toThrow(/manifest\.yml not found/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('names the module and field when a resource entry is missing', () => {
    withManifest(MANIFEST.replace('notice: notice.html', 'admin: admin.html'), (root) => {
      expect(() => readManifest(root)).toThrow('modules.confluence:contentBylineItem[0].resource: resource "ui" has no entry "notice"');
    });
  });

  it('names the field when the manifest has no resources', () => {
    withManifest('modules: {}\n', (root) => {
      expect(() => readManifest(root)).toThrow(/manifest\.yml: resources/);
    });
  });

  it('the app navigates to module keys the repository manifest declares', () => {
    const manifest = readManifest(REPO_ROOT);
    expect(manifest.modules['confluence:spacePage']?.key).toBe(MODULE_KEYS.confluenceSpacePage);
    expect(manifest.modules['jira:projectPage']?.key).toBe(MODULE_KEYS.jiraProjectPage);
  });
});

describe('manifest texts in the viewer language (Forge i18n)', () => {
  const REPO = require('node:path').resolve(__dirname, '../..');
  it('the byline title and tooltip and the work item label come from the locale files', () => {
    const en = readManifest(REPO, 'en-US').modules;
    const de = readManifest(REPO, 'de-DE').modules;
    expect(en['confluence:contentBylineItem']?.title).toBe('AI data contribution');
    expect(de['confluence:contentBylineItem']?.title).toBe('KI-Datenbeitrag');
    expect(de['confluence:contentBylineItem']?.tooltip).toMatch(/Atlassian/);
    expect(de['jira:issueContext']?.label).toBe('KI-Datenbeitrag');
  });

  it('every i18n key has an English and a German text', () => {
    const en = require('../../locales/en-US.json');
    const de = require('../../locales/de-DE.json');
    const keys = (o: Record<string, unknown>, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(de).sort()).toEqual(keys(en).sort());
  });
});

/**
 * Every stored document carries `schemaVersion`. Older versions are migrated on
 * read, one step at a time; a newer version (written by a newer app) is refused
 * with a clear error rather than misread.
 */
import type { z } from 'zod';
import { formatPath } from '../shared/path';
import { NewerDocumentError, StoredDataError } from './port';

export type DocMigration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** A document's name, current version and migrations: all a reader needs besides the schema check. */
export interface DocVersions {
  name: string;
  current: number;
  /** Keyed by the version they upgrade from. */
  migrations: Readonly<Record<number, DocMigration>>;
}

export interface VersionedDoc<S extends z.ZodType> extends DocVersions {
  schema: S;
}

/**
 * The stored value at the current version: the schemaVersion checks and the migrations, step by step.
 * Zod-free, so the page-view function's readers (./public-repository) run the same steps.
 */
export function upgradeVersioned(doc: DocVersions, raw: unknown): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new StoredDataError(`stored ${doc.name} is not an object`);
  }
  let value = raw as Record<string, unknown>;
  const version = value.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new StoredDataError(`stored ${doc.name} has no valid schemaVersion`);
  }
  if (version > doc.current) {
    throw new NewerDocumentError(
      `stored ${doc.name} has schemaVersion ${version}, newer than this app version reads (${doc.current}); it was written by a newer Contribution Lens`,
    );
  }
  for (let v = version; v < doc.current; v++) {
    const step = doc.migrations[v];
    if (!step) throw new StoredDataError(`no migration for ${doc.name} from version ${v}`);
    value = { ...step(value), schemaVersion: v + 1 };
  }
  return value;
}

export function readVersioned<S extends z.ZodType>(doc: VersionedDoc<S>, raw: unknown): z.infer<S> {
  const value = upgradeVersioned(doc, raw);
  const parsed = doc.schema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new StoredDataError(`stored ${doc.name} is invalid at ${first ? formatPath(first.path) : '(root)'}: ${first?.message ?? 'unknown'}`);
  }
  return parsed.data;
}

export function readOptional<S extends z.ZodType>(doc: VersionedDoc<S>, raw: unknown): z.infer<S> | undefined {
  return raw === undefined || raw === null ? undefined : readVersioned(doc, raw);
}

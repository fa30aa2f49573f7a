/**
 * Every stored document carries `schemaVersion`. Older versions are migrated on
 * read, one step at a time; a newer version (written by a newer app) is refused
 * with a clear error rather than misread.
 */
import type { Check } from '../shared/validators';
import { NewerDocumentError, StoredDataError } from './port';

export type DocMigration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** A document's name, current version and migrations: all a reader needs besides the schema check. */
export interface DocVersions {
  name: string;
  current: number;
  /** Keyed by the version they upgrade from. */
  migrations: Readonly<Record<number, DocMigration>>;
}

/** A document as the app reads it: its versions and the check generated from its zod schema (./document-schemas). */
export interface VersionedDoc<T> extends DocVersions {
  check: Check<T>;
}

/**
 * The stored value at the current version: the schemaVersion checks and the migrations, step by step.
 * Zod-free, as every reader here: the Forge functions carry no zod.
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

export function readVersioned<T>(doc: VersionedDoc<T>, raw: unknown): T {
  const checked = doc.check(upgradeVersioned(doc, raw));
  if (!checked.ok) {
    const first = checked.issues[0];
    throw new StoredDataError(`stored ${doc.name} is invalid at ${first ? first.path : '(root)'}: ${first?.message ?? 'unknown'}`);
  }
  return checked.value;
}

export function readOptional<T>(doc: VersionedDoc<T>, raw: unknown): T | undefined {
  return raw === undefined || raw === null ? undefined : readVersioned(doc, raw);
}
